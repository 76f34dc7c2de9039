package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.model.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Classifies the demo files' records independently of the generator and checks the summary's counts. */
class TestMalformedDemo {
    private static final int LIMIT = 1_100_000;
    private final GeneratedArchives.Generated archive = GeneratedArchives.of(new GeneratorConfig(1, 42, true));

    @Test
    void malformedMediaCountsMatchWhatWasWritten() throws IOException {
        Map<MalformedKind, Long> found = new EnumMap<>(MalformedKind.class);
        long good = 0;
        for (byte[] line : lines(Files.readAllBytes(archive.dir().resolve("media/malformed-demo.jsonl")))) {
            MalformedKind kind = classifyJsonLine(line);
            if (kind == null) {
                good++;
            } else {
                found.merge(kind, 1L, Long::sum);
            }
        }
        found.put(MalformedKind.TRUNCATED_FILE, 1L);
        assertThat(found).isEqualTo(archive.summary().folder(SourceTable.MEDIA).malformed());
        assertThat(good).isEqualTo(MalformedDemoWriter.GOOD_MEDIA_LINES);
        assertThat(found.keySet()).contains(MalformedKind.NOT_JSON, MalformedKind.JSON_ARRAY, MalformedKind.MISSING_FIELD,
                MalformedKind.BAD_TIMESTAMP, MalformedKind.WRONG_TYPE, MalformedKind.UNKNOWN_ENUM,
                MalformedKind.OUT_OF_RANGE, MalformedKind.OVERSIZED, MalformedKind.BAD_ENCODING);
    }

    @Test
    void malformedComplaintCountsMatchWhatWasWritten() throws IOException {
        byte[] file = Files.readAllBytes(archive.dir().resolve("complaints/malformed-demo.csv"));
        List<byte[]> rows = lines(file);
        String header = new String(rows.get(0), StandardCharsets.UTF_8).strip();
        Map<MalformedKind, Long> found = new EnumMap<>(MalformedKind.class);
        long good = 0;
        for (byte[] row : rows.subList(1, rows.size())) {
            MalformedKind kind = classifyCsvRow(header, row);
            if (kind == null) {
                good++;
            } else {
                found.merge(kind, 1L, Long::sum);
            }
        }
        assertThat(found).isEqualTo(archive.summary().folder(SourceTable.COMPLAINTS).malformed());
        assertThat(good).isEqualTo(MalformedDemoWriter.GOOD_COMPLAINT_ROWS);
    }

    @Test
    void truncatedGzipGivesUpTheRecordsBeforeTheCutAndThenFails() throws IOException {
        // keep every byte that decompresses before the damage, as ingest is meant to
        ByteArrayOutputStream decompressed = new ByteArrayOutputStream();
        Path file = archive.dir().resolve("media/truncated-demo.jsonl.gz");
        assertThatThrownBy(() -> {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                byte[] buffer = new byte[256];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    decompressed.write(buffer, 0, n);
                }
            }
        }).isInstanceOf(EOFException.class);
        List<byte[]> lines = lines(decompressed.toByteArray());
        int complete = 0;
        for (byte[] line : lines.subList(0, lines.size() - 1)) {
            assertThat(ArchiveContents.JSON.readTree(line).isObject()).isTrue();
            complete++;
        }
        assertThat(complete).isEqualTo(MalformedDemoWriter.TRUNCATED_READABLE_LINES);
        assertThat(decompressed.toByteArray()[decompressed.size() - 1]).as("the last line is cut").isNotEqualTo((byte) '\n');
    }

    @Test
    void summaryCountsTheDemoFilesGoodRecordsAndFiles() {
        GenerationSummary clean = GeneratedArchives.bundled().summary();
        GenerationSummary withDemo = archive.summary();
        assertThat(withDemo.posts()).isEqualTo(clean.posts() + MalformedDemoWriter.GOOD_MEDIA_LINES
                + MalformedDemoWriter.TRUNCATED_READABLE_LINES);
        assertThat(withDemo.complaints()).isEqualTo(clean.complaints() + MalformedDemoWriter.GOOD_COMPLAINT_ROWS);
        assertThat(withDemo.files()).isEqualTo(clean.files() + 3);
        assertThat(clean.malformed()).isEmpty();
        assertThat(GeneratedArchives.bundled().dir().resolve("media/malformed-demo.jsonl")).doesNotExist();
    }

    private static MalformedKind classifyJsonLine(byte[] line) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return MalformedKind.BAD_ENCODING;
        }
        if (text.length() > LIMIT) {
            return MalformedKind.OVERSIZED;
        }
        JsonNode node;
        try {
            node = ArchiveContents.JSON.readTree(text);
        } catch (IOException e) {
            return MalformedKind.NOT_JSON;
        }
        if (!node.isObject()) {
            return MalformedKind.JSON_ARRAY;
        }
        for (FieldSpec f : SourceTable.MEDIA.requiredFields()) {
            if (!node.hasNonNull(f.name())) {
                return MalformedKind.MISSING_FIELD;
            }
        }
        if (!node.get(Fields.Media.PUBLISHED_AT).asText().matches("\\d{4}-.*|\\d+")) {
            return MalformedKind.BAD_TIMESTAMP;
        }
        if (node.has(Fields.Media.AUTHOR_FOLLOWERS) && !node.get(Fields.Media.AUTHOR_FOLLOWERS).isIntegralNumber()) {
            return MalformedKind.WRONG_TYPE;
        }
        if (!Vocabulary.MEDIA_CHANNELS.contains(node.get(Fields.Media.CHANNEL).asText().toLowerCase())) {
            return MalformedKind.UNKNOWN_ENUM;
        }
        if (node.has(Fields.Media.SENTIMENT) && Math.abs(node.get(Fields.Media.SENTIMENT).asDouble()) > 1) {
            return MalformedKind.OUT_OF_RANGE;
        }
        return null;
    }

    private static MalformedKind classifyCsvRow(String header, byte[] row) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(row)).toString();
        } catch (CharacterCodingException e) {
            return MalformedKind.BAD_ENCODING;
        }
        if (text.length() > LIMIT) {
            return MalformedKind.OVERSIZED;
        }
        CSVRecord record;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(header + "\r\n" + text))) {
            record = parser.iterator().next();
        } catch (IOException | RuntimeException e) {
            return MalformedKind.BAD_CSV;
        }
        if (record.get(Fields.Complaints.RECEIVED_AT).isEmpty()) {
            return MalformedKind.MISSING_FIELD;
        }
        if (ArchiveContentsTimestamps.unparseable(record.get(Fields.Complaints.RECEIVED_AT))) {
            return MalformedKind.BAD_TIMESTAMP;
        }
        if (!Vocabulary.COMPLAINT_CHANNELS.contains(record.get(Fields.Complaints.CHANNEL))) {
            return MalformedKind.UNKNOWN_ENUM;
        }
        String compensation = record.get(Fields.Complaints.COMPENSATION);
        if (!compensation.isEmpty()) {
            try {
                if (Double.parseDouble(compensation) < 0) {
                    return MalformedKind.OUT_OF_RANGE;
                }
            } catch (NumberFormatException e) {
                return MalformedKind.WRONG_TYPE;
            }
        }
        return null;
    }

    /** Splits on line ends outside quotes is not needed here: no demo row has a line break inside. */
    private static List<byte[]> lines(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte b : data) {
            if (b == '\n') {
                byte[] l = line.toByteArray();
                out.add(l.length > 0 && l[l.length - 1] == '\r' ? java.util.Arrays.copyOf(l, l.length - 1) : l);
                line.reset();
            } else {
                line.write(b);
            }
        }
        if (line.size() > 0) {
            out.add(line.toByteArray());
        }
        return out;
    }

    /** Timestamp check for the classifier. */
    private static final class ArchiveContentsTimestamps {
        static boolean unparseable(String value) {
            try {
                ArchiveContents.instant(value);
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        }
    }
}
