package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentA;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentB;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentC;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.options;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.unlinked;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.with;
import static com.hindsight.jobs.analyze.spread.SpreadPosts.ts;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class SpreadSummaryTest {
    private static final Dataset<Row> POSTS = SpreadPosts.dataset(
            with(incidentB(), with(incidentA(), incidentC(), unlinked())
                    .toArray(SpreadPosts[]::new)));
    private static final Dataset<Row> INCIDENT_B = SpreadPosts.dataset(incidentB());
    /** The summary with default options, computed once for the tests that read it. */
    private static final List<Row> DEFAULTS = summary(POSTS, AnalyzeOptions.defaults())
            .collectAsList();

    private static Dataset<Row> summary(Dataset<Row> posts, AnalyzeOptions options) {
        return SpreadSummary.of(posts, HourlyVolume.of(posts, options), options);
    }

    private static Row only(Dataset<Row> summary, String incident) {
        return only(summary.where(col("incident_id").equalTo(incident)).collectAsList(),
                incident);
    }

    private static Row only(List<Row> summary, String incident) {
        List<Row> rows = summary.stream()
                .filter(r -> r.getAs("incident_id").equals(incident)).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void summarisesAnIncidentWhosePeakIsTiedAtTheEarliestHour() {
        // INC-A: first a1 23:10, last a8 03:40 (local). 8 posts; authors bank u1 u2 u3 u4 = 5
        // (a7 has none); reach = 5000 + max(100, 120) + 300 + 0 (u3 unknown) + 10 = 5430.
        // views 1000+50+10+20+0+5 = 1085, reposts 3+1 = 4, comments 1, likes 10+2+1 = 13.
        // Hourly 3, 3, 0, 1, 1: H0 and H1 tie at 3, the earliest (H0 23:00) is the peak, 0 h
        // after the first mention hour. Half-life: first later hour with <= 1.5 posts is H2
        // (01:00), 2 h. Subsided: quiet means < 0.1 * 3 posts, i.e. 0; after H4 (the last loud
        // hour) the quiet stretch never ends, so it starts at 04:00, 5 h after 23:00.
        // Negative a2 a3 a5 a8 of 7 scored (a4 unscored): 4/7. One official post (a1).
        // Sources: a8 by the model, a7 by a lexicon, the other 5 scored from the archive.
        Row expected = RowFactory.create("INC-A", ts("2024-03-04T23:10:00+08:00"),
                ts("2024-03-05T03:40:00+08:00"), 8L, 5L, 5430L, 1085L, 4L, 1L, 13L,
                ts("2024-03-04T23:00:00+08:00"), 3L, 0.0, 2.0,
                ts("2024-03-05T04:00:00+08:00"), 5.0, 4.0 / 7, 7L, 1L, 5L, 1L, 1L, 1L);

        assertThat(only(DEFAULTS, "INC-A")).isEqualTo(expected);
    }

    @Test
    void summarisesASinglePostIncidentWithoutHalfLifeAndSubsidedTheNextHour() {
        // INC-C: c1 at 10:30, unscored, 42 followers. Peak 10:00 with 1 post; no later hour in
        // the data, so no half-life; 11:00 has 0 < 0.1 posts for ever: subsided 1 h after 10:00.
        Row expected = RowFactory.create("INC-C", ts("2024-03-06T10:30:00+08:00"),
                ts("2024-03-06T10:30:00+08:00"), 1L, 1L, 42L, 0L, 0L, 0L, 0L,
                ts("2024-03-06T10:00:00+08:00"), 1L, 0.0, null,
                ts("2024-03-06T11:00:00+08:00"), 1.0, null, 0L, 0L, 0L, 0L, 0L, 1L);

        assertThat(only(DEFAULTS, "INC-C")).isEqualTo(expected);
    }

    @Test
    void hasOneRowPerIncidentWithAnIdAndTheDocumentedColumns() {
        Dataset<Row> summary = summary(POSTS, AnalyzeOptions.defaults());

        assertThat(summary.columns()).containsExactly("incident_id", "first_mention",
                "last_mention", "total_posts", "unique_authors", "reach_followers", "views",
                "reposts", "comments", "likes", "peak_hour", "peak_posts", "time_to_peak_hours",
                "half_life_hours", "subsided_at", "time_to_subside_hours", "negative_share",
                "scored_posts", "official_posts", "scored_by_archive", "scored_by_model",
                "scored_by_lexicon", "unscored_posts");
        assertThat(DEFAULTS.stream().map(r -> r.getString(0)))
                .containsExactlyInAnyOrder("INC-A", "INC-B", "INC-C");
    }

    @Test
    void measuresPeakAndHalfLifeFromTheFirstMentionHour() {
        // INC-B hourly from 08:00: 1, 4, 1, 3, 0, 1, 2, 1. Peak 09:00 (4), 1 h after 08:00.
        // Half-life: 10:00 has 1 <= 2 posts, 1 h after the peak.
        Row row = only(DEFAULTS, "INC-B");

        assertThat(row.<Object>getAs("peak_hour")).isEqualTo(ts("2024-03-10T09:00:00+08:00"));
        assertThat(row.<Long>getAs("peak_posts")).isEqualTo(4L);
        assertThat(row.<Double>getAs("time_to_peak_hours")).isEqualTo(1.0);
        assertThat(row.<Double>getAs("half_life_hours")).isEqualTo(1.0);
    }

    @Test
    void subsidesAfterTheDataWhenEveryQuietStretchInsideIsTooShort() {
        // Default: quiet is < 0.4 posts, only 12:00 (G4) inside the data, 1 hour < 6. The last
        // hour with posts is 15:00, so the incident subsides at 16:00, 8 h after 08:00.
        Row row = only(DEFAULTS, "INC-B");

        assertThat(row.<Object>getAs("subsided_at")).isEqualTo(ts("2024-03-10T16:00:00+08:00"));
        assertThat(row.<Double>getAs("time_to_subside_hours")).isEqualTo(8.0);
    }

    @Test
    void subsidesAtTheFirstQuietStretchLastingSubsideHours() {
        // Share 0.5, 2 hours: quiet is < 2 posts. Loud hours from the peak: 09:00 (4), 11:00
        // (3), 14:00 (2). 10:00 alone is too short; 12:00 and 13:00 make 2 hours: subsided at
        // 12:00, 4 h after 08:00.
        Row row = only(summary(INCIDENT_B, options(0.0, 0.5, 2, 10)), "INC-B");

        assertThat(row.<Object>getAs("subsided_at")).isEqualTo(ts("2024-03-10T12:00:00+08:00"));
        assertThat(row.<Double>getAs("time_to_subside_hours")).isEqualTo(4.0);
    }

    @Test
    void countsHoursAfterTheLastMentionAsQuietWhenTheStretchRunsPastTheData() {
        // Share 0.5, 3 hours: 12:00-13:00 (2 hours) is too short; after the loud 14:00 come 15:00
        // (1 post, quiet) and the empty hours after the data: subsided at 15:00, 7 h after 08:00.
        Row row = only(summary(INCIDENT_B, options(0.0, 0.5, 3, 10)), "INC-B");

        assertThat(row.<Object>getAs("subsided_at")).isEqualTo(ts("2024-03-10T15:00:00+08:00"));
        assertThat(row.<Double>getAs("time_to_subside_hours")).isEqualTo(7.0);
    }

    @Test
    void rejectsAnHourlyInputWithoutPostsNamingTheColumn() {
        Dataset<Row> hourly = HourlyVolume.of(POSTS, AnalyzeOptions.defaults()).drop("posts");

        assertThatThrownBy(() -> SpreadSummary.of(POSTS, hourly, AnalyzeOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SpreadSummary: hourly volume lacks column(s) posts");
    }
}
