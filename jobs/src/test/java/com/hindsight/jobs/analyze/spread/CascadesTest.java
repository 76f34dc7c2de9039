package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentA;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentC;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentLoop;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.unlinked;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.with;
import static com.hindsight.jobs.analyze.spread.SpreadPosts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class CascadesTest {
    private static Row cascade(String incident, String root, long size, long depth, long breadth,
                               Double virality, boolean orphan, boolean cycle) {
        return RowFactory.create(incident, root, size, depth, breadth, virality, orphan, cycle);
    }

    @Test
    void measuresEveryCascadeIncludingOrphansSinglePostsAndBrokenLoops() {
        // INC-A, a1 -> {a2, a3}, a2 -> {a4, a5}, a5 -> a6: n = 6; depths 0,1,1,2,2,3 -> depth 3,
        //   widest level 2. Subtrees below edges: a2 4, a3 1, a4 1, a5 2, a6 1, so
        //   W = 4*2 + 1*5 + 1*5 + 2*4 + 1*5 = 31 (the 15 pairwise distances also sum to 31) and
        //   SV = 2*31 / (6*5) = 62/30.
        // INC-A, a7 -> a8: a7's parent "missing" is not in the archive: orphan; n = 2, W = 1,
        //   SV = 2/2 = 1.
        // INC-C, c1: its parent a1 belongs to INC-A, so it is an orphan root here; single post:
        //   depth 0, breadth 1, no virality.
        // INC-LOOP: the loop l1 -> l3 -> l2 -> l1 breaks at l1 (tied earliest with l2; smaller
        //   id): l1 -> l2 -> {l3, l4}; n = 4, depth 2, breadth 2; subtrees l2 3, l3 1, l4 1:
        //   W = 3 + 3 + 3 = 9, SV = 18/12 = 1.5. l5, its own parent, is a single-post cycle root.
        // n1 (no incident) is in no cascade, although it replies to a1.
        Dataset<Row> posts = SpreadPosts.dataset(with(with(incidentA(), incidentC(), unlinked()),
                incidentLoop().toArray(SpreadPosts[]::new)));

        assertThat(Cascades.of(posts).collectAsList()).containsExactlyInAnyOrder(
                cascade("INC-A", "a1", 6, 3, 2, 62.0 / 30, false, false),
                cascade("INC-A", "a7", 2, 1, 1, 1.0, true, false),
                cascade("INC-C", "c1", 1, 0, 1, null, true, false),
                cascade("INC-LOOP", "l1", 4, 2, 2, 1.5, false, true),
                cascade("INC-LOOP", "l5", 1, 0, 1, null, false, true));
    }

    @Test
    void givesAChainTheLargestAndAStarTheSmallestViralityOfItsSize() {
        // Chain p0 -> p1 -> p2 -> p3: distances 1,2,3,1,2,1 sum 10 over 6 pairs = 10/6.
        // Star s0 -> {s1, s2, s3}: distances 1,1,1,2,2,2 sum 9 over 6 pairs = 1.5.
        List<SpreadPosts> posts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String at = "2024-03-09T0" + i + ":00:00+08:00";
            posts.add(post("p" + i, "CHAIN", at).parent(i == 0 ? null : "p" + (i - 1)));
            posts.add(post("s" + i, "STAR", at).parent(i == 0 ? null : "s0"));
        }

        assertThat(Cascades.of(SpreadPosts.dataset(posts)).collectAsList())
                .containsExactlyInAnyOrder(
                        cascade("CHAIN", "p0", 4, 3, 1, 2 * 10.0 / 12, false, false),
                        cascade("STAR", "s0", 4, 1, 3, 2 * 9.0 / 12, false, false));
    }

    @Test
    void hasTheDocumentedColumnsAndNeedsNoAuthor() {
        Dataset<Row> posts = SpreadPosts.dataset(incidentLoop()).drop("author_id");

        assertThat(Cascades.of(posts).columns()).containsExactly("incident_id", "root_id", "size",
                "depth", "max_breadth", "structural_virality", "is_orphan_root", "is_cycle_root");
    }

    @Test
    void rejectsPostsWithoutParentIdNamingTheColumn() {
        Dataset<Row> posts = SpreadPosts.dataset(incidentLoop()).drop("parent_id");

        assertThatThrownBy(() -> Cascades.of(posts))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cascades: posts lacks column(s) parent_id");
    }
}
