package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentA;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentC;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentLoop;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.with;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class CascadeSummaryTest {
    private static final Dataset<Row> SUMMARY = CascadeSummary.of(Cascades.of(SpreadPosts.dataset(
            with(incidentA(), with(incidentLoop(), incidentC()).toArray(SpreadPosts[]::new)))));

    /** The row without its histogram, and the histogram as [min, max, cascades] triples. */
    private static Row scalars(Dataset<Row> summary, String incident) {
        return summary.where(col("incident_id").equalTo(incident)).drop("size_histogram")
                .collectAsList().get(0);
    }

    private static List<List<Long>> histogram(Dataset<Row> summary, String incident) {
        Row row = summary.where(col("incident_id").equalTo(incident)).select("size_histogram")
                .collectAsList().get(0);
        List<List<Long>> buckets = new ArrayList<>();
        for (Row bucket : row.<Row>getList(0)) {
            buckets.add(List.of(bucket.getLong(0), bucket.getLong(1), bucket.getLong(2)));
        }
        return buckets;
    }

    @Test
    void summarisesCascadesWithOrphansAndNearestRankPercentiles() {
        // INC-A cascades: a1 (6 posts, depth 3, SV 62/30), orphan a7 (2, depth 1, SV 1).
        // Sizes [2, 6]: p50 = rank ceil(1.0) = 2, p90 and p99 = rank 2 = 6; depths [1, 3] alike.
        // Mean size 4; mean SV (62/30 + 1) / 2. Histogram: 2 in 2-3, 6 in 4-7, none of size 1.
        assertThat(scalars(SUMMARY, "INC-A")).isEqualTo(RowFactory.create("INC-A", 2L, 1L, 0L,
                6L, 3L, 4.0, (62.0 / 30 + 1.0) / 2, 2L, 6L, 6L, 1L, 3L, 3L,
                1.0, 62.0 / 30, 62.0 / 30));
        assertThat(histogram(SUMMARY, "INC-A")).containsExactly(
                List.of(1L, 1L, 0L), List.of(2L, 3L, 1L), List.of(4L, 7L, 1L));
    }

    @Test
    void leavesViralityStatisticsNullWhenEveryCascadeIsASinglePost() {
        // INC-C: one orphan cascade of one post.
        assertThat(scalars(SUMMARY, "INC-C")).isEqualTo(RowFactory.create("INC-C", 1L, 1L, 0L,
                1L, 0L, 1.0, null, 1L, 1L, 1L, 0L, 0L, 0L, null, null, null));
        assertThat(histogram(SUMMARY, "INC-C")).containsExactly(List.of(1L, 1L, 1L));
    }

    @Test
    void countsBrokenLoops() {
        // INC-LOOP: l1 (4 posts, depth 2, SV 1.5) and l5 (1 post), both cycle roots. Sizes
        // [1, 4]: 1, 4, 4; depths [0, 2]: 0, 2, 2; SV [1.5] only (l5 has none).
        assertThat(scalars(SUMMARY, "INC-LOOP")).isEqualTo(RowFactory.create("INC-LOOP", 2L, 0L,
                2L, 4L, 2L, 2.5, 1.5, 1L, 4L, 4L, 0L, 2L, 2L, 1.5, 1.5, 1.5));
        assertThat(histogram(SUMMARY, "INC-LOOP")).containsExactly(
                List.of(1L, 1L, 1L), List.of(2L, 3L, 0L), List.of(4L, 7L, 1L));
    }

    @Test
    void takesPercentilesByNearestRankAndBucketsSizesByPowersOfTwo() {
        // Ten cascades of sizes 1..10, depth size-1, SV size/2 (the size-1 cascade's 0.0 is
        // ignored, as a single post has no virality). Sizes: p50 rank 5 = 5, p90 rank 9 = 9,
        // p99 rank ceil(9.9) = 10. Depths 0..9: 4, 8, 9. SV 1.0, 1.5, ..., 5.0 (9 values):
        // p50 rank ceil(4.5) = 5 -> 3.0, p90 rank ceil(8.1) = 9 -> 5.0, p99 rank 9 -> 5.0; mean
        // 27/9 = 3.0. Histogram: 1 | 2 3 | 4 5 6 7 | 8 9 10.
        List<Row> rows = new ArrayList<>();
        for (long size = 1; size <= 10; size++) {
            rows.add(RowFactory.create("INC-X", "r" + size, size, size - 1, 1L, size / 2.0,
                    false, false));
        }
        Dataset<Row> cascades = SparkTestSession.get().createDataFrame(rows, Cascades.SCHEMA);
        Dataset<Row> summary = CascadeSummary.of(cascades);

        assertThat(scalars(summary, "INC-X")).isEqualTo(RowFactory.create("INC-X", 10L, 0L, 0L,
                10L, 9L, 5.5, 3.0, 5L, 9L, 10L, 4L, 8L, 9L, 3.0, 5.0, 5.0));
        assertThat(histogram(summary, "INC-X")).containsExactly(List.of(1L, 1L, 1L),
                List.of(2L, 3L, 2L), List.of(4L, 7L, 4L), List.of(8L, 15L, 3L));
    }

    @Test
    void hasTheDocumentedColumns() {
        assertThat(SUMMARY.columns()).containsExactly("incident_id", "cascades", "orphan_cascades",
                "cycle_cascades", "largest_cascade", "max_depth", "mean_size",
                "mean_structural_virality", "size_p50", "size_p90", "size_p99", "depth_p50",
                "depth_p90", "depth_p99", "structural_virality_p50", "structural_virality_p90",
                "structural_virality_p99", "size_histogram");
    }
}
