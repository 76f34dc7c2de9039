package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import com.hindsight.model.QuarantineReason;
import com.hindsight.model.Vocabulary;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests real CFPB complaint exports (101 records: 60 of 2023, 41 of 2014, see
 * {@code datasets/cfpb/PROVENANCE.md}) and checks every count against what the exports
 * themselves say, read here with Commons CSV independently of the job.
 */
class CfpbIngestTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final String RESOURCES = "/datasets/cfpb/";
    private static final String EXPORT_2023 = RESOURCES + "complaints_2023_subset.csv";
    private static final String EXPORT_2014 = RESOURCES + "complaints_2014_subset.csv";
    private static final String ARCHIVE_2023 = "complaints/cfpb-2023.csv";
    private static final String ARCHIVE_2014 = "complaints/cfpb-2014.csv";

    private static final String INCIDENT = "INC-CFPB-1";
    /** Covers every 2023 date of the subset (2023-06-27 to 2023-09-07), far from 2014. */
    private static final LocalDate OPENED = LocalDate.of(2023, 6, 1);
    private static final LocalDate CLOSED = LocalDate.of(2023, 9, 30);
    private static final String QUERY = "\"credit report\" OR \"credit reporting\"";
    /**
     * What the query means on this text: "credit" followed by a word starting "report" (the
     * analyser stems reporting/reports/reported to report). Used to predict linking without
     * the job's Lucene code.
     */
    private static final Pattern CREDIT_REPORT = Pattern.compile("(?i)\\bcredit\\s+report");

    @TempDir
    static Path temp;
    static CfpbExport export2023;
    static CfpbExport export2014;
    static IngestSummary summary;
    static String runFolder;

    @BeforeAll
    static void ingestCfpbExports() {
        export2023 = CfpbExport.convert(EXPORT_2023);
        export2014 = CfpbExport.convert(EXPORT_2014);
        TestArchive archive = new TestArchive(temp.resolve("archive"))
                .text(ARCHIVE_2023, export2023.archiveCsv())
                .text(ARCHIVE_2014, export2014.archiveCsv())
                .text("incidents/register.csv", register());
        Published<IngestSummary> published = new IngestJob(SPARK, IngestOptions.defaults())
                .run(archive.root().toString(), Warehouse.local(temp.resolve("warehouse")));
        summary = published.summary();
        runFolder = published.run().location();
    }

    private static String register() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("id", "bank", "title", "category", "opened_at", "closed_at", "query");
            printer.printRecord(INCIDENT, "US credit bureaus", "Credit report disputes",
                    "service_quality", OPENED + " 00:00:00", CLOSED + " 23:59:59", QUERY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void readsEveryRecordOfBothExports() {
        // 60 + 41 by the subset rule; counted again here with Commons CSV, which joins the
        // narrative lines of a quoted field into one record
        int records = CfpbExport.read(EXPORT_2023).size() + CfpbExport.read(EXPORT_2014).size();

        assertThat(records).isEqualTo(101);
        assertThat(summary.tables().get("complaints").files()).isEqualTo(2);
        assertThat(summary.tables().get("complaints").read()).isEqualTo(records);
    }

    @Test
    void acceptsEveryRecordOfTheCleanExports() {
        // The exports are clean (every record has an id, dates, a channel and text) and every
        // mapped channel is in the vocabulary (postal mail and fax map to "other").
        List<CfpbExport.Complaint> outside = allComplaints()
                .filter(c -> !Vocabulary.COMPLAINT_CHANNELS.contains(c.get("channel"))).toList();
        TableCounts counts = summary.tables().get("complaints");

        assertThat(outside).isEmpty();
        assertThat(counts.quarantinedByReason()).isEmpty();
        assertThat(table("quarantine").filter(col("table").equalTo("complaints")).count()).isZero();
    }

    @Test
    void acceptsEveryOtherRecordOnceSinceNoComplaintIdRepeats() {
        Set<String> ids = allComplaints().map(CfpbExport.Complaint::id).collect(Collectors.toSet());
        Set<String> expected = allComplaints()
                .filter(c -> Vocabulary.COMPLAINT_CHANNELS.contains(c.get("channel")))
                .map(CfpbExport.Complaint::id).collect(Collectors.toSet());
        TableCounts counts = summary.tables().get("complaints");

        assertThat(ids).hasSize(101);
        assertThat(counts.duplicates()).isZero();
        assertThat(counts.accepted()).isEqualTo(expected.size());
        assertThat(table("complaints").select("id").as(Encoders.STRING())
                .collectAsList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void acceptsTheExportsShortLastRecord() {
        List<CSVRecord> records = CfpbExport.read(EXPORT_2014);
        CSVRecord last = records.get(records.size() - 1);
        String id = "CFPB-" + last.get("Complaint ID");

        assertThat(records.get(0).size()).isEqualTo(14);
        assertThat(last.size()).isEqualTo(13);
        // the archive record is short too, so the job's own short-row handling is exercised
        assertThat(archiveRecords(export2014.archiveCsv()).get(records.size() - 1).size())
                .isEqualTo(CfpbExport.ARCHIVE_HEADER.size() - 1);
        Row row = complaint(id);
        assertThat(row.<String>getAs("branch")).isEqualTo(last.get("State"));
        assertThat(row.<String>getAs("status")).isEqualTo(last.get("Company response"))
                .isEqualTo("In progress");
        assertThat(row.<String>getAs("outcome")).isEqualTo("pending");
    }

    @Test
    void keepsEveryTextAsTheExportHasItIncludingNewlinesAndScrubbing() {
        Map<String, String> texts = new HashMap<>();
        for (Row row : table("complaints").select("id", "text").collectAsList()) {
            texts.put(row.getString(0), row.getString(1));
        }

        assertThat(texts).hasSize((int) Stream.concat(accepted(export2023), accepted(export2014))
                .count());
        Stream.concat(accepted(export2023), accepted(export2014)).forEach(c -> assertThat(texts.get(c.id())).as(c.id()).isEqualTo(c.get("text")));
        // the 2023 subset's one narrative over several lines, as the export holds it
        assertThat(texts.get("CFPB-7175500"))
                .startsWith("The following inquiries appear on my account.")
                .contains("verify. \nXXXX XXXX XXXX XX/XX/XXXXXXXX XXXX")
                .contains("closed down. \nXXXX XX/XX/XXXX Experian XXXX")
                .endsWith("XX/XX/XXXXXXXX XXXX");
        // a record without narrative gets what it is about
        assertThat(texts.get("CFPB-1066397")).isEqualTo("Credit reporting / Incorrect information"
                + " on credit report / Information is not mine");
    }

    @Test
    void readsBothDateStylesAsMidnightLocalTime() {
        Map<String, CfpbExport.Complaint> exported = new HashMap<>(export2023.byId());
        exported.putAll(export2014.byId());
        List<Row> rows = table("complaints").select(col("id"),
                date_format(col("received_at"), "yyyy-MM-dd HH:mm:ss"),
                date_format(col("first_response_at"), "yyyy-MM-dd HH:mm:ss")).collectAsList();

        for (Row row : rows) {
            CfpbExport.Complaint c = exported.get(row.getString(0));
            assertThat(row.getString(1)).as(c.id()).isEqualTo(c.get("received_at"));
            assertThat(row.getString(2)).as(c.id()).isEqualTo(c.get("first_response_at"));
        }
        // one of each style, from the exports' own text: 2014 "11/12/2014", 2023 "2023-06-27"
        assertThat(CfpbExport.timestamp("11/12/2014")).isEqualTo("2014-11-12 00:00:00");
        assertThat(rows).extracting(r -> r.getString(1))
                .contains("2014-11-12 00:00:00", "2023-06-27 00:00:00");
    }

    @Test
    void mapsSubmissionChannelAndCompanyResponse() {
        // Submitted via in the 101 records: Web 94, Phone 5, Referral 1, Fax 1
        Map<String, Long> channels = countBy(table("complaints"), "channel");

        assertThat(channels).containsOnlyKeys("web", "hotline", "regulator", "other");
        assertThat(channels.get("other")).isEqualTo(sourceCount("Submitted via", "Fax"));
        assertThat(channels.get("web")).isEqualTo(sourceCount("Submitted via", "Web"));
        assertThat(channels.get("hotline")).isEqualTo(sourceCount("Submitted via", "Phone"));
        assertThat(channels.get("regulator")).isEqualTo(sourceCount("Submitted via", "Referral"));
        // the one referral, as the 2023 export has it: Closed with non-monetary relief
        Row referral = complaint("CFPB-7434989");
        assertThat(referral.<String>getAs("channel")).isEqualTo("regulator");
        assertThat(referral.<String>getAs("status")).isEqualTo("Closed with non-monetary relief");
        assertThat(referral.<String>getAs("outcome")).isEqualTo("corrected");
        assertThat(countBy(table("complaints").filter(col("status").equalTo("In progress")),
                "outcome")).containsOnlyKeys("pending");
        assertThat(countBy(table("complaints").filter(col("status")
                .equalTo("Closed with explanation")), "outcome")).containsOnlyKeys("explained");
    }

    @Test
    void links2023CreditReportingComplaintsByQueryAndNoneFrom2014() {
        Set<String> mentions2023 = accepted(export2023)
                .filter(c -> CREDIT_REPORT.matcher(c.get("text")).find())
                .map(CfpbExport.Complaint::id).collect(Collectors.toSet());
        long mentions2014 = accepted(export2014)
                .filter(c -> CREDIT_REPORT.matcher(c.get("text")).find()).count();
        Set<String> linked = new HashSet<>(table("complaints")
                .filter(col("incident_id").equalTo(INCIDENT)).select("id")
                .as(Encoders.STRING()).collectAsList());

        // the window holds every 2023 record and no 2014 one, so the text alone decides for
        // 2023 and the date alone for 2014; both cases occur in the data
        assertThat(accepted(export2023)).allSatisfy(c -> assertThat(c.get("received_at"))
                .isBetween(OPENED.toString(), CLOSED + " 23:59:59"));
        assertThat(accepted(export2014)).allSatisfy(c -> assertThat(c.get("received_at"))
                .isLessThan(OPENED.minusYears(1).toString()));
        assertThat(mentions2023).isNotEmpty().hasSizeLessThan((int) accepted(export2023).count());
        assertThat(mentions2014).isPositive();
        assertThat(linked).isEqualTo(mentions2023);
        assertThat(summary.tables().get("complaints").linkedByQuery()).isEqualTo(mentions2023.size());
    }

    private static Stream<CfpbExport.Complaint> allComplaints() {
        return Stream.concat(export2023.complaints().stream(), export2014.complaints().stream());
    }

    private static Stream<CfpbExport.Complaint> accepted(CfpbExport export) {
        return export.complaints().stream()
                .filter(c -> Vocabulary.COMPLAINT_CHANNELS.contains(c.get("channel")));
    }

    private static String archiveFileOf(CfpbExport.Complaint complaint) {
        return export2023.complaints().contains(complaint) ? ARCHIVE_2023 : ARCHIVE_2014;
    }

    /** Records of both exports whose column holds the value, read with Commons CSV. */
    private static long sourceCount(String column, String value) {
        return Stream.of(EXPORT_2023, EXPORT_2014).flatMap(r -> CfpbExport.read(r).stream())
                .filter(r -> value.equals(r.get(column))).count();
    }

    private static List<CSVRecord> archiveRecords(String csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> countBy(Dataset<Row> table, String column) {
        return table.groupBy(column).count().collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
    }

    private static Row complaint(String id) {
        List<Row> rows = table("complaints").filter(col("id").equalTo(id)).collectAsList();
        assertThat(rows).as(id).hasSize(1);
        return rows.get(0);
    }

    private static Dataset<Row> table(String name) {
        return SPARK.read().parquet(runFolder + "/" + name);
    }
}
