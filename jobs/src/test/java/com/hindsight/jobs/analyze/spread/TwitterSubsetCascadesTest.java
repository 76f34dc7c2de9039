package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.convert.TwitterTreeConverter;
import com.hindsight.convert.TwitterTreeSummary;
import com.hindsight.jobs.SparkTestSession;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six real Twitter15/16 trees (datasets/twitter/PROVENANCE.md) through the converter and the
 * Cascades metric, against size, depth, breadth and structural virality computed independently
 * from the raw files by datasets/twitter/tree_metrics.py (breadth-first search from every node;
 * W below is the sum of all pairwise distances it found). The posts are read straight from the
 * converted JSON Lines, typed as the warehouse types them, to keep the test fast; that ingest
 * accepts every converted record is shown on the full datasets (docs/validation.md) and by
 * {@code hindsight convert}'s command-line test.
 */
class TwitterSubsetCascadesTest {
    private static final SparkSession SPARK = SparkTestSession.get();

    /** What tree_metrics.py says about one tree. */
    private record Expected(String incident, String rootId, long size, long depth, long breadth,
                            long wiener, double spanHours) {
        double virality() {
            return 2.0 * wiener / (size * (size - 1.0));
        }
    }

    // python3 tree_metrics.py twitter15 twitter16 (in src/test/resources/datasets/twitter), plus
    // breadth (largest level) and W from the same BFS; spans are (max - min delay) / 60
    private static final List<Expected> EXPECTED = List.of(
            // ROOT line is line 15; the root is also listed under a retweeter (dropped), a
            // self-loop, 2 repeated lines; a node 578.82 min before the root
            new Expected("TW15-528822281972498432",
                    "TW15-528822281972498432-270064609-528822281972498432-0.0",
                    125, 3, 70, 21260, (19856.4 + 578.82) / 60),
            // 3 repeated lines, a self-loop, a node under two parents
            new Expected("TW15-544457299667202048",
                    "TW15-544457299667202048-45564482-544457299667202048-0.0",
                    102, 3, 84, 12343, 6319.38 / 60),
            // 9 repeated lines; one node listed under the root, itself and a later reply
            new Expected("TW16-553476880339599360",
                    "TW16-553476880339599360-64643056-553476880339599360-0.0",
                    100, 3, 94, 10381, 8561.12 / 60),
            // the deepest small tree: a reply chain 16 deep, the largest virality of Twitter16
            new Expected("TW16-629503919098429440",
                    "TW16-629503919098429440-1547119022-629503919098429440-0.0",
                    105, 16, 24, 42018, 9343.33 / 60),
            // the root listed under one of its repliers; a retweet under two retweeters, where
            // file order (205.6) and the earliest parent delay (0.0) disagree
            new Expected("TW16-637382230394822656",
                    "TW16-637382230394822656-50434933-637382230394822656-0.0",
                    92, 3, 83, 9074, 10408.2 / 60),
            // the ROOT line (line 6) names an earlier tweet, 124.27 min before the file's own;
            // 18 repeated lines, 4 self-loops
            new Expected("TW16-752965545528528898",
                    "TW16-752965545528528898-14499829-752934272500109313--124.27",
                    141, 2, 138, 19876, (31020.78 + 124.27) / 60));

    @TempDir
    static Path temp;
    static TwitterTreeSummary converted;
    static Dataset<Row> posts;

    @BeforeAll
    static void convertTheSubset() throws URISyntaxException {
        Path resources = Path.of(Objects.requireNonNull(
                TwitterSubsetCascadesTest.class.getResource("/datasets/twitter")).toURI());
        converted = new TwitterTreeConverter(null).convert(
                List.of(resources.resolve("twitter15"), resources.resolve("twitter16")),
                temp.resolve("archive"), problem -> {
                    throw new AssertionError(problem.describe());
                });
        posts = SPARK.read().schema("id string, published_at string, incident_id string,"
                        + " parent_id string").json(temp.resolve("archive/media").toString())
                .withColumn("published_at", col("published_at").cast("timestamp"));
    }

    @Test
    void convertsEveryNodeOfTheSixTrees() {
        assertThat(converted.datasets()).extracting(TwitterTreeSummary.Dataset::trees)
                .containsExactly(2L, 4L);
        long nodes = EXPECTED.stream().mapToLong(Expected::size).sum();
        assertThat(converted.datasets().stream().mapToLong(TwitterTreeSummary.Dataset::posts)
                .sum()).isEqualTo(nodes).isEqualTo(665);
        // tree_metrics.py: repeated lines 2+3+9+0+0+18, self-loops 1+1+1+0+0+4, extra parents
        // 1+1+1+0+2+1
        assertThat(converted.datasets().stream()
                .mapToLong(TwitterTreeSummary.Dataset::repeatedEdges).sum()).isEqualTo(32);
        assertThat(converted.datasets().stream()
                .mapToLong(TwitterTreeSummary.Dataset::selfLoops).sum()).isEqualTo(7);
        assertThat(converted.datasets().stream()
                .mapToLong(TwitterTreeSummary.Dataset::extraParentEdges).sum()).isEqualTo(6);
        assertThat(posts.count()).isEqualTo(nodes);
        assertThat(posts.select("id").distinct().count()).isEqualTo(nodes);
        assertThat(posts.filter(col("published_at").isNull()).count()).isZero();
    }

    @Test
    void measuresEachTreeAsOneCascadeWithTheIndependentlyComputedShape() {
        Map<String, Row> cascades = new HashMap<>();
        for (Row row : Cascades.of(posts).collectAsList()) {
            assertThat(cascades.put(row.getString(0), row)).as("one cascade per incident")
                    .isNull();
        }

        assertThat(cascades).hasSize(EXPECTED.size());
        for (Expected e : EXPECTED) {
            Row row = cascades.get(e.incident());
            assertThat(row.<String>getAs("root_id")).as(e.incident()).isEqualTo(e.rootId());
            assertThat(row.<Long>getAs("size")).as(e.incident()).isEqualTo(e.size());
            assertThat(row.<Long>getAs("depth")).as(e.incident()).isEqualTo(e.depth());
            assertThat(row.<Long>getAs("max_breadth")).as(e.incident()).isEqualTo(e.breadth());
            assertThat(row.<Double>getAs("structural_virality")).as(e.incident())
                    .isCloseTo(e.virality(), within(1e-12));
            assertThat(row.<Boolean>getAs("is_orphan_root")).isFalse();
            assertThat(row.<Boolean>getAs("is_cycle_root")).isFalse();
        }
    }

    @Test
    void summarisesOneCascadePerIncidentWithoutOrphansOrLoops() {
        List<Row> summary = CascadeSummary.of(Cascades.of(posts))
                .select("incident_id", "cascades", "orphan_cascades", "cycle_cascades")
                .collectAsList();

        assertThat(summary).hasSize(6).allSatisfy(row -> {
            assertThat(row.getLong(1)).as(row.getString(0)).isEqualTo(1);
            assertThat(row.getLong(2)).isZero();
            assertThat(row.getLong(3)).isZero();
        });
    }

    @Test
    void spansEachTreeFromItsFirstToItsLastNode() {
        Map<String, Double> spans = new HashMap<>();
        posts.groupBy("incident_id").agg(max(col("published_at")).as("last"),
                        min(col("published_at")).as("first"))
                .selectExpr("incident_id",
                        "cast((unix_micros(last) - unix_micros(first)) / 3600000000.0 as double)")
                .collectAsList().forEach(r -> spans.put(r.getString(0), r.getDouble(1)));

        for (Expected e : EXPECTED) {
            assertThat(spans.get(e.incident())).as(e.incident())
                    .isCloseTo(e.spanHours(), within(1e-9));
        }
    }
}
