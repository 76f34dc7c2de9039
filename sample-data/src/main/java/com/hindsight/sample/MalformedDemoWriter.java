package com.hindsight.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the malformed demonstration files, for trying out quarantine:
 *
 * <ul>
 * <li>{@code media/malformed-demo.jsonl}: 12 good posts with one each of {@link MalformedKind#NOT_JSON},
 * {@code JSON_ARRAY}, {@code MISSING_FIELD} (no published_at), {@code BAD_TIMESTAMP} ("yesterday"),
 * {@code WRONG_TYPE} (author_followers "many"), {@code UNKNOWN_ENUM} (channel "pigeon"),
 * {@code OUT_OF_RANGE} (sentiment 3.5), {@code OVERSIZED} (text of 1,100,100 characters) and
 * {@code BAD_ENCODING} (bytes C3 28 FF FE inside the text) among them;</li>
 * <li>{@code media/truncated-demo.jsonl.gz}: a gzip file cut in the middle of its sixth line; the
 * five lines before the cut decompress, the file counts as one {@code TRUNCATED_FILE};</li>
 * <li>{@code complaints/malformed-demo.csv}: 8 good complaints with one each of {@code MISSING_FIELD}
 * (empty received_at), {@code BAD_TIMESTAMP}, {@code UNKNOWN_ENUM}, {@code WRONG_TYPE}
 * (compensation "lots"), {@code OUT_OF_RANGE} (compensation -50), {@code OVERSIZED},
 * {@code BAD_ENCODING} and, last, {@code BAD_CSV} (a quote never closed).</li>
 * </ul>
 * Good records have ids demo-..., no incident id and unrelated text, so they do not change any
 * incident's numbers.
 */
final class MalformedDemoWriter {
    static final int GOOD_MEDIA_LINES = 12;
    static final int TRUNCATED_READABLE_LINES = 5;
    static final int GOOD_COMPLAINT_ROWS = 8;
    static final int OVERSIZED_CHARS = 1_100_100;

    /** What one demo file holds. */
    record Written(long goodRecords, Map<MalformedKind, Long> malformed, int files) {
    }

    private static final byte[] BAD_BYTES = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
    private static final String BAD_MARK = "@@BAD_BYTES@@";

    private final JsonFactory factory = ArchiveWriter.jsonLinesFactory();
    private final SplittableRandom random;

    MalformedDemoWriter(long seed) {
        this.random = Seeds.random(seed, Seeds.Purpose.MALFORMED, 0);
    }

    Written writeMedia(Path archive) throws IOException {
        Map<MalformedKind, Long> kinds = new EnumMap<>(MalformedKind.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int good = 0;
        for (MalformedKind kind : List.of(MalformedKind.NOT_JSON, MalformedKind.JSON_ARRAY, MalformedKind.MISSING_FIELD,
                MalformedKind.BAD_TIMESTAMP, MalformedKind.WRONG_TYPE, MalformedKind.UNKNOWN_ENUM,
                MalformedKind.OUT_OF_RANGE, MalformedKind.OVERSIZED, MalformedKind.BAD_ENCODING)) {
            out.write(goodPost(good++));
            badPost(out, kind);
            kinds.merge(kind, 1L, Long::sum);
        }
        while (good < GOOD_MEDIA_LINES) {
            out.write(goodPost(good++));
        }
        ArchiveWriter.writeFile(archive, SourceTable.MEDIA, ArchiveLayout.MALFORMED_MEDIA, out.toByteArray());

        ArchiveWriter.writeFile(archive, SourceTable.MEDIA, ArchiveLayout.TRUNCATED_MEDIA, truncatedGzip());
        kinds.merge(MalformedKind.TRUNCATED_FILE, 1L, Long::sum);
        return new Written(GOOD_MEDIA_LINES + TRUNCATED_READABLE_LINES, kinds, 2);
    }

    Written writeComplaints(Path archive) throws IOException {
        List<String> header = SourceTable.COMPLAINTS.fields().stream().map(FieldSpec::name).toList();
        Map<MalformedKind, Long> kinds = new EnumMap<>(MalformedKind.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int good = 0;
        try (CSVPrinter printer = ArchiveWriter.csvPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), header)) {
            for (MalformedKind kind : List.of(MalformedKind.MISSING_FIELD, MalformedKind.BAD_TIMESTAMP,
                    MalformedKind.UNKNOWN_ENUM, MalformedKind.WRONG_TYPE, MalformedKind.OUT_OF_RANGE,
                    MalformedKind.OVERSIZED, MalformedKind.BAD_ENCODING)) {
                printer.printRecord((Object[]) complaint(header, "demo-cmp-" + Times.pad(good++, 2), null));
                printer.printRecord((Object[]) complaint(header, "demo-cmp-bad-" + kind.name().toLowerCase(java.util.Locale.ROOT), kind));
                kinds.merge(kind, 1L, Long::sum);
            }
            while (good < GOOD_COMPLAINT_ROWS) {
                printer.printRecord((Object[]) complaint(header, "demo-cmp-" + Times.pad(good++, 2), null));
            }
        }
        byte[] withBadBytes = replace(bytes.toByteArray(), BAD_MARK.getBytes(StandardCharsets.UTF_8), BAD_BYTES);
        String unclosed = "demo-cmp-bad-bad_csv,2025-06-02T09:00:00+08:00,hotline,\"客户来电反映：引号没有闭合，"
                + "这条记录一直延续到文件末尾\r\n";
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(withBadBytes);
        file.write(unclosed.getBytes(StandardCharsets.UTF_8));
        kinds.merge(MalformedKind.BAD_CSV, 1L, Long::sum);
        ArchiveWriter.writeFile(archive, SourceTable.COMPLAINTS, ArchiveLayout.MALFORMED_COMPLAINTS, file.toByteArray());
        return new Written(GOOD_COMPLAINT_ROWS, kinds, 1);
    }

    private byte[] goodPost(int n) throws IOException {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField(Fields.Media.ID, "demo-" + Times.pad(n, 3));
            g.writeStringField(Fields.Media.CHANNEL, Channel.WEIBO.value());
            g.writeStringField(Fields.Media.PUBLISHED_AT, Times.iso(demoTime(n)));
            g.writeStringField(Fields.Media.TEXT, Draw.pick(random, Lexicon.NOISE_ZH).replace("{city}", "上海")
                    .replace("{n}", "2"));
            g.writeStringField(Fields.Media.AUTHOR_ID, "wbu-demo-" + n);
            g.writeStringField(Fields.Media.AUTHOR_NAME, Draw.pick(random, Lexicon.NICK_ADJECTIVES)
                    + Draw.pick(random, Lexicon.NICK_NOUNS));
            g.writeNumberField(Fields.Media.AUTHOR_FOLLOWERS, 10 + random.nextInt(900));
            g.writeStringField(Fields.Media.LANG, Language.ZH.code());
            g.writeNumberField(Fields.Media.SENTIMENT, Tone.NEUTRAL.score(random));
            g.writeStringField(Fields.Media.CRAWLED_AT, Times.iso(demoTime(n) + 600));
            g.writeEndObject();
        });
    }

    private void badPost(ByteArrayOutputStream out, MalformedKind kind) throws IOException {
        String id = "demo-bad-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        long t = demoTime(100 + kind.ordinal());
        if (kind == MalformedKind.JSON_ARRAY) {
            out.write(json(g -> {
                g.writeStartArray();
                g.writeString(id);
                g.writeString(Channel.WEIBO.value());
                g.writeString(Times.iso(t));
                g.writeString("数组而不是对象");
                g.writeEndArray();
            }));
            return;
        }
        byte[] line = json(g -> {
            g.writeStartObject();
            g.writeStringField(Fields.Media.ID, id);
            g.writeStringField(Fields.Media.CHANNEL, kind == MalformedKind.UNKNOWN_ENUM ? "pigeon" : Channel.WEIBO.value());
            if (kind != MalformedKind.MISSING_FIELD) {
                g.writeStringField(Fields.Media.PUBLISHED_AT, kind == MalformedKind.BAD_TIMESTAMP ? "yesterday" : Times.iso(t));
            }
            String text = switch (kind) {
                case OVERSIZED -> oversizedText();
                case BAD_ENCODING -> "这条记录含有无效的字节" + BAD_MARK + "（不是UTF-8）";
                case NOT_JSON -> "这一行少了结尾的括号";
                default -> "演示用的坏记录：" + kind.name();
            };
            g.writeStringField(Fields.Media.TEXT, text);
            g.writeStringField(Fields.Media.AUTHOR_ID, "wbu-demo-bad");
            if (kind == MalformedKind.WRONG_TYPE) {
                g.writeStringField(Fields.Media.AUTHOR_FOLLOWERS, "many");
            } else {
                g.writeNumberField(Fields.Media.AUTHOR_FOLLOWERS, 42);
            }
            g.writeNumberField(Fields.Media.SENTIMENT, kind == MalformedKind.OUT_OF_RANGE ? 3.5 : -0.4);
            g.writeStringField(Fields.Media.CRAWLED_AT, Times.iso(t + 600));
            g.writeEndObject();
        });
        if (kind == MalformedKind.NOT_JSON) {
            // drop the closing brace: the line ends "...,"crawled_at":"..."" and is not JSON
            int end = line.length - 2;
            out.write(line, 0, end);
            out.write('\n');
        } else if (kind == MalformedKind.BAD_ENCODING) {
            out.write(replace(line, BAD_MARK.getBytes(StandardCharsets.UTF_8), BAD_BYTES));
        } else {
            out.write(line);
        }
    }

    /**
     * Five good lines, a sync flush, a long sixth line, another sync flush, more lines; then the
     * file is cut half-way through the sixth line's compressed bytes. Every gzip reader decodes the
     * five lines before the first sync point and no complete line after it.
     */
    private byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int firstSync;
        int secondSync;
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 512, true)) {
            for (int i = 0; i < TRUNCATED_READABLE_LINES; i++) {
                gz.write(goodPost(200 + i));
            }
            gz.flush();
            firstSync = bytes.size();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                text.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            gz.write(json(g -> {
                g.writeStartObject();
                g.writeStringField(Fields.Media.ID, "demo-truncated-cut");
                g.writeStringField(Fields.Media.CHANNEL, Channel.WEIBO.value());
                g.writeStringField(Fields.Media.PUBLISHED_AT, Times.iso(demoTime(300)));
                g.writeStringField(Fields.Media.TEXT, text.toString());
                g.writeEndObject();
            }));
            gz.flush();
            secondSync = bytes.size();
            for (int i = 0; i < 5; i++) {
                gz.write(goodPost(210 + i));
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = new byte[(firstSync + secondSync) / 2];
        System.arraycopy(all, 0, cut, 0, cut.length);
        return cut;
    }

    private String[] complaint(List<String> header, String id, MalformedKind kind) {
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "");
        long t = demoTime(400 + random.nextInt(100));
        put(row, header, Fields.Complaints.ID, id);
        put(row, header, Fields.Complaints.RECEIVED_AT, kind == MalformedKind.MISSING_FIELD ? ""
                : kind == MalformedKind.BAD_TIMESTAMP ? "yesterday" : Times.iso(t));
        put(row, header, Fields.Complaints.CHANNEL, kind == MalformedKind.UNKNOWN_ENUM ? "pigeon" : ComplaintChannel.HOTLINE.value());
        put(row, header, Fields.Complaints.TEXT, kind == MalformedKind.OVERSIZED ? oversizedText()
                : kind == MalformedKind.BAD_ENCODING ? "客户来电反映：网点空调太冷" + BAD_MARK + "，要求改善。"
                : "客户来电反映：网点门口停车不便，要求增加车位。");
        put(row, header, Fields.Complaints.BRANCH, Draw.pick(random, Lexicon.BRANCHES));
        put(row, header, Fields.Complaints.PRODUCT, "网点服务");
        put(row, header, Fields.Complaints.ISSUE, "环境设施");
        put(row, header, Fields.Complaints.CUSTOMER_NAME, People.chineseName(random));
        put(row, header, Fields.Complaints.PHONE, People.mobile(random));
        put(row, header, Fields.Complaints.ID_NUMBER, People.idNumber(random));
        put(row, header, Fields.Complaints.FIRST_RESPONSE_AT, Times.iso(t + 3600));
        put(row, header, Fields.Complaints.RESOLVED_AT, Times.iso(t + 86_400));
        put(row, header, Fields.Complaints.STATUS, "closed");
        boolean compensated = kind == MalformedKind.WRONG_TYPE || kind == MalformedKind.OUT_OF_RANGE;
        put(row, header, Fields.Complaints.OUTCOME, compensated ? Vocab.outcome("compensated") : Vocab.outcome("explained"));
        put(row, header, Fields.Complaints.COMPENSATION, kind == MalformedKind.WRONG_TYPE ? "lots"
                : kind == MalformedKind.OUT_OF_RANGE ? "-50.00" : "");
        put(row, header, Fields.Complaints.REGULATOR_FORWARDED, "false");
        put(row, header, Fields.Complaints.UPDATED_AT, Times.iso(t + 86_400));
        return row;
    }

    private static void put(String[] row, List<String> header, String field, String value) {
        row[header.indexOf(field)] = value;
    }

    private static String oversizedText() {
        String unit = "This text is far too long for one record. ";
        StringBuilder sb = new StringBuilder(OVERSIZED_CHARS + unit.length());
        while (sb.length() < OVERSIZED_CHARS) {
            sb.append(unit);
        }
        sb.setLength(OVERSIZED_CHARS);
        return sb.toString();
    }

    private static long demoTime(int n) {
        return Times.atLocal(java.time.LocalDate.of(2025, 6, 1), 9, 0, 0) + n * 97L;
    }

    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] json(JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out)) {
            body.write(g);
            g.writeRaw('\n');
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] data, byte[] target, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int i = 0;
        while (i < data.length) {
            if (matches(data, i, target)) {
                out.write(replacement, 0, replacement.length);
                i += target.length;
            } else {
                out.write(data[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean matches(byte[] data, int at, byte[] target) {
        if (at + target.length > data.length) {
            return false;
        }
        for (int k = 0; k < target.length; k++) {
            if (data[at + k] != target[k]) {
                return false;
            }
        }
        return true;
    }
}
