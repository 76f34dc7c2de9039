package com.hindsight.jobs.analyze.spread;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private final SparkSession spark = SparkTestSession.get();

    private Dataset<Row> posts() {
        StructType schema = new StructType().add("incident_id", DataTypes.StringType)
                .add("id", DataTypes.StringType).add("channel", DataTypes.StringType)
                .add("author_id", DataTypes.StringType).add("author_name", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published_at", DataTypes.TimestampType)
                .add("reposts", DataTypes.LongType).add("views", DataTypes.LongType)
                .add("sentiment_score", DataTypes.DoubleType);
        return spark.createDataFrame(List.of(
                RowFactory.create("A", "p1", "news", "n1", "财经日报", "银行系统故障", "正文",
                        ts("2024-03-05T02:00:00Z"), 5L, 1000L, -0.6),
                RowFactory.create("A", "p2", "news", "n1", "财经日报", null, "追踪报道",
                        ts("2024-03-05T01:00:00Z"), 1L, null, 0.1),
                RowFactory.create("A", "p3", "weibo", "u1", "网友", null, "扣款了",
                        ts("2024-03-05T03:00:00Z"), 50L, 10L, -0.9),
                RowFactory.create("A", "p4", "tv", "t1", null, null, "新闻",
                        ts("2024-03-05T04:00:00Z"), 0L, 0L, 0.5)), schema);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    @Test
    void ranksTheMostRepostedAndMostViewedItemsWithTheirTone() {
        List<Row> rows = Coverage.topItems(posts()).orderBy("id")
                .select("id", "headline", "tone", "rank_reposts", "rank_views").collectAsList();

        // p4 has neither reposts nor views: in no list; p2 has reposts but no views
        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getString(1) + ":"
                        + r.getString(2) + ":" + r.get(3) + ":" + r.get(4))
                .containsExactly("p1:银行系统故障:negative:2:1", "p2:追踪报道:neutral:3:null",
                        "p3:扣款了:negative:1:2");
    }

    @Test
    void listsOutletsOnPressChannelsWithTheirToneAndFirstCoverage() {
        List<Row> rows = Coverage.outlets(posts(), 0.0).orderBy("outlet")
                .select("outlet", "channel", "items", "first_coverage_at", "mean_sentiment",
                        "negative_items", "tone").collectAsList();

        // the weibo user is no outlet; the tv account without a name is named by its id
        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getString(1) + ":"
                        + r.getLong(2) + ":" + r.getTimestamp(3).toInstant() + ":"
                        + Math.round(r.getDouble(4) * 100) + ":" + r.getLong(5) + ":"
                        + r.getString(6))
                .containsExactly("t1:tv:1:2024-03-05T04:00:00Z:50:0:positive",
                        "财经日报:news:2:2024-03-05T01:00:00Z:-25:1:negative");
    }
}
