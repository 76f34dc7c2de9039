package com.hindsight.jobs.read;

import static com.hindsight.jobs.read.ReaderFixtures.all;
import static com.hindsight.jobs.read.ReaderFixtures.field;
import static com.hindsight.jobs.read.ReaderFixtures.line;
import static com.hindsight.jobs.read.ReaderFixtures.problem;
import static com.hindsight.jobs.read.ReaderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedMultiLineFieldsAndNumbersRecordsByStartLine() {
        String csv = "id,text,channel\n"
                + "c1,\"first line\nsecond line, with comma\",hotline\n"
                + "c2,\"she said \"\"no\"\"\",app\n"
                + "\n"
                + "c3,plain,web\n";

        List<Row> records = all(new CsvReader(utf8(csv), "complaints/a.csv", 10_000));

        assertThat(records).extracting(ReaderFixtures::line).containsExactly(2L, 4L, 6L);
        assertThat(field(records.get(0), "text")).isEqualTo("first line\nsecond line, with comma");
        assertThat(field(records.get(1), "text")).isEqualTo("she said \"no\"");
        assertThat(field(records.get(2), "channel")).isEqualTo("web");
    }

    @Test
    void normalisesHeadersToSnakeCase() {
        List<Row> records = all(new CsvReader(utf8("\uFEFFID, Received At ,Channel\nc1,2024-01-01 10:00:00,app\n"),
                "f", 10_000));

        assertThat(field(records.get(0), "id")).isEqualTo("c1");
        assertThat(field(records.get(0), "received_at")).isEqualTo("2024-01-01 10:00:00");
        assertThat(field(records.get(0), "channel")).isEqualTo("app");
    }

    @Test
    void quarantinesRecordWithMoreFieldsThanHeaderAndToleratesShortOnes() {
        String csv = "id,text,channel\nc1,a,app\nc2,b,app,extra\nc3,c\n";

        List<Row> records = all(new CsvReader(utf8(csv), "f", 10_000));

        assertThat(records).hasSize(3);
        assertThat(problem(records.get(1))).isEqualTo("bad_csv");
        assertThat(line(records.get(1))).isEqualTo(3);
        assertThat(problem(records.get(2))).isNull();
        assertThat(field(records.get(2), "channel")).isNull();
    }

    @Test
    void unterminatedQuoteKeepsEarlierRecordsAndNamesTheLine() {
        String csv = "id,text\nc1,ok\nc2,ok\nc3,\"never closed\nc4,lost\n";

        List<Row> records = all(new CsvReader(utf8(csv), "f", 10_000));

        assertThat(records).hasSize(3);
        assertThat(problem(records.get(2))).isEqualTo("bad_csv");
        assertThat(line(records.get(2))).isEqualTo(4);
    }

    @Test
    void quarantinesRecordWithInvalidUtf8() {
        byte[] head = "id,text\nc1,ok\nc2,".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\nc3,ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = (byte) 0xFE;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);

        List<Row> records = all(new CsvReader(new ByteArrayInputStream(bytes), "f", 10_000));

        assertThat(records).extracting(ReaderFixtures::problem)
                .containsExactly(null, "bad_encoding", null);
    }
}
