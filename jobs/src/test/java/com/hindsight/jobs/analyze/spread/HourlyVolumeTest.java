package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentA;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentC;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.options;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.unlinked;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.with;
import static com.hindsight.jobs.analyze.spread.SpreadPosts.ts;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

class HourlyVolumeTest {
    private static final Dataset<Row> POSTS =
            SpreadPosts.dataset(with(incidentA(), incidentC(), unlinked()));

    private static Row hour(String incident, String hour, String channel, long posts,
                            long negative, long scored) {
        return RowFactory.create(incident, ts(hour), channel, posts, negative, scored);
    }

    @Test
    void countsEveryHourAcrossMidnightAndZonesWithZeroHoursForChannelAllAndSparseChannels() {
        // INC-A in Shanghai hours (see SpreadIncidents): H0 23:00 a1 a2 a3; H1 00:00 a4 a5 a6;
        // H2 01:00 nothing; H3 02:00 a7; H4 03:00 a8. Negative = score < 0: a2 a3 a5 a8 (a6 is
        // 0.0, not below 0). Scored = score not null: all but a4. INC-C: c1 at 10:30, unscored.
        // The unlinked post n1 is not counted anywhere.
        Dataset<Row> hourly = HourlyVolume.of(POSTS, AnalyzeOptions.defaults());

        assertThat(hourly.collectAsList()).containsExactlyInAnyOrder(
                hour("INC-A", "2024-03-04T23:00:00+08:00", "all", 3, 2, 3),
                hour("INC-A", "2024-03-05T00:00:00+08:00", "all", 3, 1, 2),
                hour("INC-A", "2024-03-05T01:00:00+08:00", "all", 0, 0, 0),
                hour("INC-A", "2024-03-05T02:00:00+08:00", "all", 1, 0, 1),
                hour("INC-A", "2024-03-05T03:00:00+08:00", "all", 1, 1, 1),
                hour("INC-A", "2024-03-04T23:00:00+08:00", "weibo", 2, 1, 2),
                hour("INC-A", "2024-03-04T23:00:00+08:00", "wechat", 1, 1, 1),
                hour("INC-A", "2024-03-05T00:00:00+08:00", "weibo", 2, 0, 1),
                hour("INC-A", "2024-03-05T00:00:00+08:00", "douyin", 1, 1, 1),
                hour("INC-A", "2024-03-05T02:00:00+08:00", "forum", 1, 0, 1),
                hour("INC-A", "2024-03-05T03:00:00+08:00", "weibo", 1, 1, 1),
                hour("INC-C", "2024-03-06T10:00:00+08:00", "all", 1, 0, 0),
                hour("INC-C", "2024-03-06T10:00:00+08:00", "news", 1, 0, 0));
    }

    @Test
    void countsAPostAsNegativeOnlyStrictlyBelowTheThreshold() {
        // negativeBelow 0.5: a1 (0.2) and a6 (0.0) become negative, a7 (exactly 0.5) does not.
        // H0: a1 a2 a3 = 3; H1: a5 a6 = 2; H3: 0; H4: a8 = 1.
        Dataset<Row> hourly = HourlyVolume.of(POSTS, options(0.5, 0.1, 6, 10))
                .where(col("incident_id").equalTo("INC-A").and(col("channel").equalTo("all")))
                .orderBy("hour").select("negative_posts");

        assertThat(hourly.collectAsList()).containsExactly(RowFactory.create(3L),
                RowFactory.create(2L), RowFactory.create(0L), RowFactory.create(0L),
                RowFactory.create(1L));
    }

    @Test
    void hasExactlyTheConsumedSchema() {
        StructField[] fields = HourlyVolume.of(POSTS, AnalyzeOptions.defaults()).schema().fields();

        assertThat(Arrays.stream(fields).map(f -> f.name() + " " + f.dataType().typeName()))
                .containsExactly("incident_id string", "hour timestamp", "channel string",
                        "posts long", "negative_posts long", "scored_posts long");
        assertThat(fields[3].dataType()).isEqualTo(DataTypes.LongType);
    }

    @Test
    void rejectsPostsWithoutSentimentScoreNamingTheColumn() {
        Dataset<Row> unscored = POSTS.drop("sentiment_score", "channel");

        assertThatThrownBy(() -> HourlyVolume.of(unscored, AnalyzeOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "HourlyVolume: posts lacks column(s) channel, sentiment_score");
    }
}
