package com.hindsight.jobs.read;

import static com.hindsight.jobs.read.ReaderFixtures.all;
import static com.hindsight.jobs.read.ReaderFixtures.detail;
import static com.hindsight.jobs.read.ReaderFixtures.gzip;
import static com.hindsight.jobs.read.ReaderFixtures.line;
import static com.hindsight.jobs.read.ReaderFixtures.problem;
import static com.hindsight.jobs.read.ReaderFixtures.raw;
import static com.hindsight.jobs.read.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void numbersLinesFromOneAndSkipsBlankLines() {
        List<Row> records = all(new JsonLinesReader(utf8("{\"a\":1}\n\n  \n{\"a\":2}\r\n{\"a\":3}"),
                "media/x.jsonl", 1000));

        assertThat(records).extracting(ReaderFixtures::line).containsExactly(1L, 4L, 5L);
        assertThat(records).extracting(ReaderFixtures::raw)
                .containsExactly("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
    }

    @Test
    void stripsByteOrderMarkOnFirstLine() {
        List<Row> records = all(new JsonLinesReader(utf8("\uFEFF{\"a\":1}\n"), "f", 1000));

        assertThat(raw(records.get(0))).isEqualTo("{\"a\":1}");
    }

    @Test
    void quarantinesInvalidUtf8LineAndKeepsNeighbours() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"a\":1}\n{\"a\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.write("\"}\n{\"a\":3}\n".getBytes(StandardCharsets.UTF_8));

        List<Row> records = all(new JsonLinesReader(new ByteArrayInputStream(bytes.toByteArray()),
                "f", 1000));

        assertThat(records).hasSize(3);
        assertThat(problem(records.get(0))).isNull();
        assertThat(problem(records.get(1))).isEqualTo("bad_encoding");
        assertThat(line(records.get(1))).isEqualTo(2);
        assertThat(raw(records.get(2))).isEqualTo("{\"a\":3}");
    }

    @Test
    void quarantinesOversizedLineWithoutKeepingItWhole() {
        String big = "{\"text\":\"" + "x".repeat(50_000) + "\"}";
        List<Row> records = all(new JsonLinesReader(utf8("{\"a\":1}\n" + big + "\n{\"a\":3}\n"),
                "f", 10_000));

        assertThat(records).hasSize(3);
        assertThat(problem(records.get(1))).isEqualTo("oversized");
        assertThat(detail(records.get(1))).contains("50011 bytes").contains("10000");
        assertThat(raw(records.get(1)).length()).isLessThan(2100);
        assertThat(raw(records.get(2))).isEqualTo("{\"a\":3}");
    }

    @Test
    void truncatedGzipKeepsLinesBeforeTheDamageAndReportsTheFile() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            text.append("{\"id\":\"p").append(i).append("\",\"n\":").append(i * 7919L % 10007)
                    .append("}\n");
        }
        byte[] compressed = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);

        List<Row> records = all(new JsonLinesReader(
                new GZIPInputStream(new ByteArrayInputStream(truncated)), "media/t.jsonl.gz", 1000));

        Row last = records.get(records.size() - 1);
        assertThat(problem(last)).isEqualTo("unreadable_file");
        assertThat(detail(last)).contains("truncated or corrupt");
        List<Row> good = records.subList(0, records.size() - 1);
        assertThat(good).isNotEmpty().allSatisfy(r -> assertThat(problem(r)).isNull());
        // every line before the damage is there, in order (the last one may be cut short)
        for (int i = 0; i < good.size() - 1; i++) {
            assertThat(raw(good.get(i))).startsWith("{\"id\":\"p" + (i + 1) + "\"");
        }
    }
}
