package com.hindsight.jobs.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;

/** Small helpers for reader tests: bytes in, records out. */
final class ReaderFixtures {
    private ReaderFixtures() {
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Row> all(Iterator<Row> records) {
        List<Row> result = new ArrayList<>();
        records.forEachRemaining(result::add);
        return result;
    }

    static long line(Row record) {
        return record.getLong(1);
    }

    static String raw(Row record) {
        return record.getString(2);
    }

    static String problem(Row record) {
        return record.getString(4);
    }

    static String detail(Row record) {
        return record.getString(5);
    }

    static String field(Row record, String name) {
        scala.collection.Map<String, String> fields = record.getMap(3);
        return fields.get(name).getOrElse(() -> null);
    }
}
