package com.hindsight.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CFPB Consumer Complaint Database export (2014 or current column set) and writes it as a
 * Hindsight complaints file. The mapping is documented in
 * {@code src/test/resources/datasets/cfpb/PROVENANCE.md}; a value the mapping does not know fails
 * the conversion instead of passing through unmapped.
 */
final class CfpbExport {
    /** The archive columns, in file order; consumer_disputed is not a contract field. */
    static final List<String> ARCHIVE_HEADER = List.of("id", "received_at", "channel", "text",
            "product", "issue", "branch", "first_response_at", "status", "outcome",
            "consumer_disputed");

    private static final Map<String, String> CHANNELS = Map.of(
            "Web", "web",
            "Phone", "hotline",
            "Email", "email",
            "Referral", "regulator",
            "Postal mail", "other",
            "Fax", "other");

    /** The CFPB company response to a contract outcome; "" means no outcome. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "Closed with explanation", "explained",
            "Closed with monetary relief", "compensated",
            "Closed with non-monetary relief", "corrected",
            "In progress", "pending",
            "Closed", "",
            "Untimely response", "");

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter ARCHIVE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd 00:00:00");

    private static final CSVFormat EXPORT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    /** One complaint of an export as an archive record, and the line it starts on in the archive. */
    record Complaint(Map<String, String> fields, long archiveLine) {
        String id() {
            return fields.get("id");
        }

        String get(String field) {
            return fields.get(field);
        }
    }

    private final String archiveCsv;
    private final List<Complaint> complaints;

    private CfpbExport(String archiveCsv, List<Complaint> complaints) {
        this.archiveCsv = archiveCsv;
        this.complaints = List.copyOf(complaints);
    }

    /** Reads the export at a class-path resource and converts it. */
    static CfpbExport convert(String resource) {
        List<CSVRecord> records = read(resource);
        StringWriter out = new StringWriter();
        List<Complaint> complaints = new ArrayList<>();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(ARCHIVE_HEADER);
            for (CSVRecord record : records) {
                Map<String, String> fields = toArchive(record);
                printer.flush();
                complaints.add(new Complaint(fields, lineAfter(out.toString())));
                printer.printRecord(fields.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CfpbExport(out.toString(), complaints);
    }

    /** The export's records as Commons CSV reads them, independently of the ingest job. */
    static List<CSVRecord> read(String resource) {
        InputStream in = CfpbExport.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, "no test resource " + resource);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = EXPORT.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archive file's text: header, then one record per complaint. */
    String archiveCsv() {
        return archiveCsv;
    }

    List<Complaint> complaints() {
        return complaints;
    }

    Map<String, Complaint> byId() {
        return complaints.stream().collect(Collectors.toMap(Complaint::id, c -> c));
    }

    static Map<String, String> toArchive(CSVRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        String response = value(record, record.isMapped("Company response to consumer")
                ? "Company response to consumer" : "Company response");
        fields.put("id", "CFPB-" + value(record, "Complaint ID"));
        fields.put("received_at", timestamp(value(record, "Date received")));
        fields.put("channel", mapped(CHANNELS, value(record, "Submitted via"), "Submitted via", record));
        fields.put("text", text(record));
        fields.put("product", value(record, "Product"));
        fields.put("issue", value(record, "Issue"));
        fields.put("branch", value(record, "State"));
        fields.put("first_response_at", timestamp(value(record, "Date sent to company")));
        fields.put("status", response);
        fields.put("outcome", mapped(OUTCOMES, response, "Company response", record));
        // written only when the export has it, so a record the export cut short stays short
        if (record.isSet("Consumer disputed?")) {
            fields.put("consumer_disputed", record.get("Consumer disputed?"));
        }
        return fields;
    }

    /** The narrative when the consumer gave one, else what the complaint is about. */
    private static String text(CSVRecord record) {
        String narrative = value(record, "Consumer complaint narrative");
        if (!narrative.isBlank()) {
            return narrative;
        }
        return Stream.of("Product", "Issue", "Sub-issue").map(name -> value(record, name))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" / "));
    }

    /** A CFPB date, ISO (current exports) or MM/DD/YYYY (2014 exports), as midnight that day. */
    static String timestamp(String date) {
        if (date.isEmpty()) {
            return "";
        }
        try {
            LocalDate day = date.contains("/") ? LocalDate.parse(date, US_DATE) : LocalDate.parse(date);
            return ARCHIVE_TIME.format(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("CFPB date \"" + date + "\" is neither yyyy-MM-dd"
                    + " nor MM/dd/yyyy", e);
        }
    }

    private static String mapped(Map<String, String> mapping, String value, String column,
                                 CSVRecord record) {
        String result = mapping.get(value);
        if (result == null) {
            throw new IllegalArgumentException("complaint " + value(record, "Complaint ID") + ": "
                    + column + " \"" + value + "\" has no mapping; add one to CfpbExport and"
                    + " PROVENANCE.md");
        }
        return result;
    }

    /** A column's value, "" when the export has no such column or the record stops before it. */
    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static long lineAfter(String written) {
        return written.chars().filter(c -> c == '\n').count() + 1;
    }
}
