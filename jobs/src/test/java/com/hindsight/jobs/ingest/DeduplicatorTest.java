package com.hindsight.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.SourceTable;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private final SparkSession spark = SparkTestSession.get();

    private static final StructType POSTS = new StructType()
            .add(RawRecord.SOURCE_FILE, DataTypes.StringType)
            .add(RawRecord.LINE, DataTypes.LongType)
            .add("id", DataTypes.StringType)
            .add("crawled_at", DataTypes.TimestampType)
            .add("text", DataTypes.StringType);

    private static Row post(String file, long line, String id, String crawledAt, String text) {
        return RowFactory.create(file, line, id,
                crawledAt == null ? null : Timestamp.valueOf(crawledAt), text);
    }

    @Test
    void keepsTheLatestCrawlThenTheLaterFileThenTheLaterLine() {
        Dataset<Row> posts = spark.createDataFrame(List.of(
                post("media/a.jsonl", 1, "p1", "2024-03-01 10:00:00", "p1 first crawl"),
                post("media/b.jsonl", 7, "p1", "2024-03-02 10:00:00", "p1 latest crawl"),
                post("media/c.jsonl", 3, "p1", null, "p1 without crawl time"),
                post("media/a.jsonl", 2, "p2", "2024-03-01 10:00:00", "p2 earlier file"),
                post("media/b.jsonl", 1, "p2", "2024-03-01 10:00:00", "p2 later file"),
                post("media/a.jsonl", 3, "p3", "2024-03-01 10:00:00", "p3 earlier line"),
                post("media/a.jsonl", 9, "p3", "2024-03-01 10:00:00", "p3 later line"),
                post("media/a.jsonl", 4, "p4", "2024-03-01 10:00:00", "p4 only copy"),
                post("media/a.jsonl", 5, "p5", null, "p5 only copy, no crawl time")), POSTS);

        List<String> kept = new Deduplicator(SourceTable.MEDIA)
                .keepLatest(posts).orderBy("id").collectAsList().stream()
                .map(row -> row.<String>getAs("text")).toList();

        assertThat(kept).containsExactly("p1 latest crawl", "p2 later file", "p3 later line",
                "p4 only copy", "p5 only copy, no crawl time");
    }

    @Test
    void keysOfSeveralFieldsWithNullsAreComparedNullSafe() {
        StructType actions = new StructType()
                .add(RawRecord.SOURCE_FILE, DataTypes.StringType)
                .add(RawRecord.LINE, DataTypes.LongType)
                .add("incident_id", DataTypes.StringType)
                .add("at", DataTypes.TimestampType)
                .add("role", DataTypes.StringType)
                .add("action", DataTypes.StringType);
        Timestamp at = Timestamp.valueOf("2024-03-01 10:00:00");
        Dataset<Row> rows = spark.createDataFrame(List.of(
                RowFactory.create("actions/t.csv", 2L, "INC-1", at, null, "statement"),
                RowFactory.create("actions/t.csv", 3L, "INC-1", at, null, "statement"),
                RowFactory.create("actions/t.csv", 4L, "INC-1", at, "pr", "statement")), actions);

        List<Long> lines = new Deduplicator(SourceTable.ACTIONS).keepLatest(rows)
                .orderBy(RawRecord.LINE).collectAsList().stream()
                .map(row -> row.<Long>getAs(RawRecord.LINE)).toList();

        assertThat(lines).containsExactly(3L, 4L);
    }
}
