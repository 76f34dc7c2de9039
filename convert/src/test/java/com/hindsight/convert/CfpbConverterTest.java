package com.hindsight.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CfpbConverterTest {
    private static final String HEADER_2014 = "Complaint ID,Product,Sub-product,Issue,Sub-issue,"
            + "State,ZIP code,Submitted via,Date received,Date sent to company,Company,"
            + "Company response,Timely response?,Consumer disputed?";
    private static final String HEADER_CURRENT = "Date received,Product,Sub-product,Issue,"
            + "Sub-issue,Consumer complaint narrative,Company public response,Company,State,"
            + "ZIP code,Tags,Consumer consent provided?,Submitted via,Date sent to company,"
            + "Company response to consumer,Timely response?,Consumer disputed?,Complaint ID";

    @TempDir
    Path temp;

    private final List<ConversionProblem> problems = new ArrayList<>();
    private String archiveCsv;

    private CfpbSummary.Export convert(String... lines) {
        StringWriter out = new StringWriter();
        try {
            CfpbSummary.Export summary = new CfpbConverter().convert(
                    new StringReader(String.join("\r\n", lines) + "\r\n"), "export.csv",
                    "complaints/export.csv", out, problems::add);
            archiveCsv = out.toString();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<CSVRecord> archive() {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(archiveCsv))) {
            assertThat(parser.getHeaderNames()).isEqualTo(CfpbMapping.ARCHIVE_HEADER);
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void mapsA2014RecordAndKeepsItsShortRowShort() {
        CfpbSummary.Export summary = convert(HEADER_2014,
                "1114245,Debt collection,,Disclosure verification of debt,Not given enough info,"
                        + "FL,33024,Web,11/12/2014,11/13/2014,Acme,Closed with explanation,Yes,",
                "1066397,Credit reporting,,Incorrect information on credit report,"
                        + "Information is not mine,CA,90001,Fax,10/10/2014,10/10/2014,Acme,"
                        + "In progress,No");

        assertThat(problems).isEmpty();
        List<CSVRecord> records = archive();
        assertThat(records.get(0).toList()).containsExactly("CFPB-1114245",
                "2014-11-12 00:00:00", "web",
                "Debt collection / Disclosure verification of debt / Not given enough info",
                "Debt collection", "Disclosure verification of debt", "FL",
                "2014-11-13 00:00:00", "Closed with explanation", "explained", "Yes", "");
        assertThat(records.get(1).toList()).hasSize(CfpbMapping.ARCHIVE_HEADER.size() - 1)
                .startsWith("CFPB-1066397", "2014-10-10 00:00:00", "other")
                .endsWith("In progress", "pending", "No");
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.written()).isEqualTo(2);
        assertThat(summary.timelyYes()).isEqualTo(1);
        assertThat(summary.timelyNo()).isEqualTo(1);
        assertThat(summary.timelyShare()).isEqualTo(0.5);
        assertThat(summary.channels()).containsOnly(entry("web", 1L), entry("other", 1L));
        assertThat(summary.firstReceived()).isEqualTo("2014-10-10 00:00:00");
        assertThat(summary.lastReceived()).isEqualTo("2014-11-12 00:00:00");
    }

    @Test
    void mapsACurrentRecordWithItsNarrativeAsText() {
        convert(HEADER_CURRENT,
                "2023-08-25,Credit reporting,,Improper use of your report,,\"My report\nlists"
                        + " XXXX twice\",,Experian,TX,75001,,Consent provided,Referral,2023-08-28,"
                        + "Closed with non-monetary relief,Yes,N/A,7446533",
                "2012-01-13,Mortgage,,Loan servicing,,,,Bank,NY,10001,,,Phone,2012-01-20,"
                        + "Closed without relief,Yes,No,10001");

        assertThat(problems).isEmpty();
        List<CSVRecord> records = archive();
        assertThat(records.get(0).get("text")).isEqualTo("My report\nlists XXXX twice");
        assertThat(records.get(0).get("channel")).isEqualTo("regulator");
        assertThat(records.get(0).get("first_response_at")).isEqualTo("2023-08-28 00:00:00");
        assertThat(records.get(0).get("outcome")).isEqualTo("corrected");
        assertThat(records.get(0).get("consumer_disputed")).isEqualTo("N/A");
        assertThat(records.get(1).get("channel")).isEqualTo("hotline");
        assertThat(records.get(1).get("status")).isEqualTo("Closed without relief");
        assertThat(records.get(1).get("outcome")).isEqualTo("rejected");
        assertThat(records.get(1).get("text")).isEqualTo("Mortgage / Loan servicing");
    }

    @Test
    void reportsARecordItCannotMapWithTheLineItStartsOnAndConvertsTheRest() {
        CfpbSummary.Export summary = convert(HEADER_CURRENT,
                "2023-08-25,P,,I,,\"three\nline\nnarrative\",,C,TX,1,,,Web,2023-08-25,"
                        + "Closed,Yes,N/A,1",
                "2023-08-25,P,,I,,,,C,TX,1,,,Carrier pigeon,2023-08-25,Closed,Yes,N/A,2",
                "2023-08-32,P,,I,,,,C,TX,1,,,Web,2023-08-25,Closed,Yes,N/A,3",
                ",P,,I,,,,C,TX,1,,,Web,,Closed,Yes,N/A,",
                "2023-08-25,P,,I,,,,C,TX,1,,,Web,2023-08-25,Resolved by magic,Yes,N/A,5",
                "2023-08-25,P,,I,,,,C,TX,1,,,Web,2023-08-25,Closed,Yes,N/A,6,extra",
                "",
                "2023-08-26,P,,I,,,,C,TX,1,,,Email,2023-08-27,Closed,No,N/A,7");

        assertThat(problems).extracting(ConversionProblem::describe).containsExactly(
                "export.csv line 5: complaint 2: Submitted via \"Carrier pigeon\" has no mapping"
                        + " (add it to CfpbMapping and docs/validation.md); the record was left"
                        + " out (unmapped_value)",
                "export.csv line 6: complaint 3: Date received \"2023-08-32\" is neither"
                        + " yyyy-MM-dd nor MM/dd/yyyy; the record was left out (bad_date)",
                "export.csv line 7: complaint without id: Complaint ID is empty; Date received"
                        + " is empty; the record was left out (missing_field)",
                "export.csv line 8: complaint 5: company response \"Resolved by magic\" has no"
                        + " mapping (add it to CfpbMapping and docs/validation.md); the record"
                        + " was left out (unmapped_value)",
                "export.csv line 9: 19 fields, the header has 18; the record was left out"
                        + " (bad_row)");
        assertThat(archive()).extracting(r -> r.get("id")).containsExactly("CFPB-1", "CFPB-7");
        assertThat(summary.records()).isEqualTo(7);
        assertThat(summary.written()).isEqualTo(2);
        assertThat(summary.problems()).isEqualTo(5);
        assertThat(summary.outcomes()).containsEntry("", 2L);
    }

    @Test
    void keepsTheRecordsBeforeAQuoteThatNeverCloses() {
        CfpbSummary.Export summary = convert(HEADER_2014,
                "1,P,,I,,FL,1,Web,11/12/2014,11/13/2014,C,Closed,Yes,",
                "2,\"P,,I,,FL,1,Web,11/12/2014,11/13/2014,C,Closed,Yes,",
                "3,P,,I,,FL,1,Web,11/12/2014,11/13/2014,C,Closed,Yes,");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(ConversionProblem.Reason.UNREADABLE_FILE);
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(archive()).extracting(r -> r.get("id")).containsExactly("CFPB-1");
        assertThat(summary.written()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotACfpbExport() {
        CfpbSummary.Export summary = convert("id,received_at,channel,text", "1,2024-01-01,web,x");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(ConversionProblem.Reason.NOT_AN_EXPORT);
            assertThat(p.message()).contains("no Complaint ID, Date received, Date sent to"
                    + " company, Submitted via, Company response to consumer");
        });
        assertThat(summary.written()).isZero();
        assertThat(archive()).isEmpty();
    }

    @Test
    void writesEachExportToItsOwnArchiveFileWithoutByteOrderMark() throws IOException {
        Path export = temp.resolve("complaints_2014.csv");
        Files.writeString(export, "\uFEFF" + HEADER_2014 + "\r\n"
                + "1,P,,I,,FL,1,Phone,11/12/2014,11/13/2014,C,Closed,Yes,\r\n");
        Path archive = temp.resolve("archive");

        CfpbSummary summary = new CfpbConverter().convert(List.of(export), archive, problems::add);

        assertThat(problems).isEmpty();
        assertThat(summary.exports()).singleElement().satisfies(e -> {
            assertThat(e.output()).isEqualTo("complaints/complaints_2014.csv");
            assertThat(e.written()).isEqualTo(1);
        });
        assertThat(Files.readString(archive.resolve("complaints/complaints_2014.csv")))
                .startsWith("id,received_at,channel,")
                .contains("CFPB-1,2014-11-12 00:00:00,hotline,");
        try (var files = Files.list(archive.resolve("complaints"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void rejectsAMissingExportAndTwoExportsOfOneName() throws IOException {
        Path a = Files.createDirectories(temp.resolve("a")).resolve("x.csv");
        Path b = Files.createDirectories(temp.resolve("b")).resolve("x.csv");
        Files.writeString(a, HEADER_2014);
        Files.writeString(b, HEADER_2014);
        CfpbConverter converter = new CfpbConverter();

        assertThatThrownBy(() -> converter.convert(List.of(temp.resolve("none.csv")), temp,
                problems::add)).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("is not a file");
        assertThatThrownBy(() -> converter.convert(List.of(a, b), temp, problems::add))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("complaints/x.csv");
    }
}
