package com.hindsight.jobs.ingest;

import com.hindsight.convert.CfpbConverter;
import com.hindsight.convert.CfpbMapping;
import com.hindsight.convert.ConversionProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CFPB Consumer Complaint Database export (2014 or current column set) converted by the
 * product's own {@link CfpbConverter} (the mapping is {@link CfpbMapping}, documented in
 * docs/validation.md), with the archive records read back for the test to compare against. A
 * record the mapping does not know fails the test instead of being left out.
 */
final class CfpbExport {
    /** The archive columns, in file order; the last two are not contract fields. */
    static final List<String> ARCHIVE_HEADER = CfpbMapping.ARCHIVE_HEADER;

    private static final CSVFormat EXPORT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    /** One complaint of an export as an archive record (short when the export's row is). */
    record Complaint(Map<String, String> fields) {
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

    /** Reads the export at a class-path resource and converts it with the product's converter. */
    static CfpbExport convert(String resource) {
        StringWriter out = new StringWriter();
        List<ConversionProblem> problems = new ArrayList<>();
        try (Reader export = open(resource)) {
            new CfpbConverter().convert(export, resource, "complaints/test.csv", out,
                    problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.stream().map(ConversionProblem::describe)
                    .collect(Collectors.joining("\n")));
        }
        return new CfpbExport(out.toString(), readBack(out.toString()));
    }

    /** The export's records as Commons CSV reads them, independently of the ingest job. */
    static List<CSVRecord> read(String resource) {
        try (Reader reader = open(resource); CSVParser parser = EXPORT.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String resource) {
        InputStream in = CfpbExport.class.getResourceAsStream(resource);
        Objects.requireNonNull(in, "no test resource " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The archive records as maps, a short record without its missing trailing fields. */
    private static List<Complaint> readBack(String archiveCsv) {
        List<Complaint> complaints = new ArrayList<>();
        try (CSVParser parser = EXPORT.parse(new StringReader(archiveCsv))) {
            for (CSVRecord record : parser) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (record.isSet(column)) {
                        fields.put(column, record.get(column));
                    }
                }
                complaints.add(new Complaint(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return complaints;
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

    /** A CFPB date as the archive writes it: local midnight. */
    static String timestamp(String date) {
        return CfpbMapping.timestamp(date);
    }
}
