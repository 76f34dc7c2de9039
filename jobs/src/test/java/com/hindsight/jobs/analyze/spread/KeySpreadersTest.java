package com.hindsight.jobs.analyze.spread;

import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentA;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentC;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentD;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.incidentLoop;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.options;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.unlinked;
import static com.hindsight.jobs.analyze.spread.SpreadIncidents.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class KeySpreadersTest {
    private static final Dataset<Row> POSTS = SpreadPosts.dataset(with(with(incidentA(),
            incidentC(), unlinked()), incidentLoop().toArray(SpreadPosts[]::new)));

    private static Row spreader(String incident, String author, String name, boolean official,
                                long posts, long downstream, Long followers, int rankDownstream,
                                int rankFollowers) {
        return RowFactory.create(incident, author, name, official, posts, downstream, followers,
                rankDownstream, rankFollowers);
    }

    // INC-A trees: a1 (bank) -> {a2 (u1), a3 (u2)}, a2 -> {a4 (u1), a5 (u3)}, a5 -> a6 (u2);
    // a7 (no author) -> a8 (u4). Downstream: bank 5 (a2..a6); u1 3 (a4 a5 a6 below a2; a4 is
    // u1's own and counted once); u2 0 (a3 and a6 are leaves); u3 1 (a6); u4 0.
    // By downstream: bank 1, u1 2, u3 3, then u2 and u4 tie at 0 and go by author_id: u2 4, u4 5.
    // By followers: bank 5000 1, u2 300 2, u1 120 3, u4 10 4, u3 unknown last 5.
    // Names: u1's latest is "U One Renamed"; u2's latest post (a6) has none, so "U Two".
    // INC-C: u5 alone. INC-LOOP has no authors, so no rows; n1 (u9) has no incident.

    @Test
    void ranksEveryAuthorByDownstreamPostsAndByFollowersBreakingTiesByAuthorId() {
        assertThat(KeySpreaders.of(POSTS, AnalyzeOptions.defaults()).collectAsList())
                .containsExactlyInAnyOrder(
                        spreader("INC-A", "bank", "Bank Official", true, 1, 5, 5000L, 1, 1),
                        spreader("INC-A", "u1", "U One Renamed", false, 2, 3, 120L, 2, 3),
                        spreader("INC-A", "u2", "U Two", false, 2, 0, 300L, 4, 2),
                        spreader("INC-A", "u3", "U Three", false, 1, 1, null, 3, 5),
                        spreader("INC-A", "u4", "U Four", false, 1, 0, 10L, 5, 4),
                        spreader("INC-C", "u5", "U Five", false, 1, 0, 42L, 1, 1));
    }

    @Test
    void keepsAuthorsInTheTopByEitherRank() {
        // Top 2: bank (1, 1), u1 (2 by downstream), u2 (2 by followers); u3 and u4 drop out.
        assertThat(KeySpreaders.of(POSTS, options(0.0, 0.1, 6, 2)).collectAsList())
                .containsExactlyInAnyOrder(
                        spreader("INC-A", "bank", "Bank Official", true, 1, 5, 5000L, 1, 1),
                        spreader("INC-A", "u1", "U One Renamed", false, 2, 3, 120L, 2, 3),
                        spreader("INC-A", "u2", "U Two", false, 2, 0, 300L, 4, 2),
                        spreader("INC-C", "u5", "U Five", false, 1, 0, 42L, 1, 1));
    }

    @Test
    void countsADescendantOnceWhenTheAuthorRepliesInsideTheirOwnCascade() {
        // INC-D: d1 (x) -> d2 (y) -> d3 (x) -> {d4 (z), d5 (y)}. x: everything below d1, 4 posts
        // (adding d3's own 2 again would give 6). y: below d2, 3 posts (d5 once). z: 0.
        // Followers: z 30, y 20, x 10.
        Dataset<Row> posts = SpreadPosts.dataset(incidentD());

        assertThat(KeySpreaders.of(posts, AnalyzeOptions.defaults()).collectAsList())
                .containsExactlyInAnyOrder(
                        spreader("INC-D", "x", "X", false, 2, 4, 10L, 1, 3),
                        spreader("INC-D", "y", "Y", false, 2, 3, 20L, 2, 2),
                        spreader("INC-D", "z", "Z", false, 1, 0, 30L, 3, 1));
    }

    @Test
    void rejectsPostsWithoutAuthorNamingTheColumns() {
        Dataset<Row> posts = POSTS.drop("author_id", "is_official");

        assertThatThrownBy(() -> KeySpreaders.of(posts, AnalyzeOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KeySpreaders: posts lacks column(s) author_id, is_official");
    }
}
