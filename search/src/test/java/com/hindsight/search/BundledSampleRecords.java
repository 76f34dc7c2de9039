package com.hindsight.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts and titles of the bundled sample's posts and complaints (sample-data/archive), and the
 * queries of its register: real records for the linking tests, read without Spark.
 */
final class BundledSampleRecords {
    static final Path ARCHIVE = Path.of("..", "sample-data", "archive");

    /** A post's or complaint's text and title (null when it has none). */
    record Record(String text, String title) {
    }

    private BundledSampleRecords() {
    }

    /** Every post (JSON lines and CSV) and every complaint of the CSV files. */
    static List<Record> records() {
        List<Record> records = new ArrayList<>();
        for (String folder : List.of("media", "complaints")) {
            try (Stream<Path> files = Files.list(ARCHIVE.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                        readJsonLines(file, records);
                    } else if (name.endsWith(".csv")) {
                        readCsv(file, records);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** The register's incident ids and queries, in file order (incidents without a query left out). */
    static List<String[]> queries() {
        List<String[]> queries = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(ARCHIVE.resolve("incidents/register.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().build().parse(in)) {
                if (!row.get("query").isBlank()) {
                    queries.add(new String[] {row.get("id"), row.get("query")});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    private static void readJsonLines(Path file, List<Record> records) throws IOException {
        ObjectMapper json = new ObjectMapper();
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode post;
                try {
                    post = json.readTree(line);
                } catch (IOException e) {
                    continue; // the sample holds malformed lines on purpose (quarantine tests)
                }
                if (post != null && post.isObject()) {
                    records.add(new Record(post.path("text").asText(null), post.path("title").asText(null)));
                }
            }
        }
    }

    private static void readCsv(Path file, List<Record> records) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().build().parse(in)) {
                if (row.isMapped("text") && row.isSet("text")) {
                    records.add(new Record(row.get("text"),
                            row.isMapped("title") && row.isSet("title") ? row.get("title") : null));
                }
            }
        }
    }
}
