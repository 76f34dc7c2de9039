package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The key spreaders of each incident: the accounts whose posts drew the largest cascades below
 * them, and the accounts with the most followers.
 *
 * <pre>
 * incident_id string, author_id string, author_name string, is_official boolean, posts long,
 * downstream_posts long, max_followers long, rank_downstream int, rank_followers int
 * </pre>
 *
 * <p>An author's {@code downstream_posts} is the number of distinct posts that descend from any of
 * the author's posts in the incident's cascades (each counted once, whoever wrote it, the author's
 * own later replies included). Both ranks run over all authors of the incident, 1 first, without
 * ties: {@code rank_downstream} by downstream_posts descending, {@code rank_followers} by
 * max_followers descending with unknown followers last; equal values are ordered by author_id.
 * A row is kept when either rank is within {@code topSpreaders}. The bank's official accounts are
 * ranked like any other and flagged with {@code is_official}. Posts without author_id count as
 * descendants but are no account.
 */
public final class KeySpreaders {
    private static final String METRIC = "KeySpreaders";
    private static final String[] AUTHOR = {"incident_id", "author_id"};
    private static final StructType DOWNSTREAM = new StructType()
            .add("incident_id", DataTypes.StringType, false)
            .add("author_id", DataTypes.StringType, false)
            .add("downstream_posts", DataTypes.LongType, false);

    private KeySpreaders() {
    }

    /**
     * Cost: the cascade build of {@link IncidentForests} (one shuffle; per incident, memory for
     * all its posts in one task; an O(n) depth-first walk), one aggregation by incident and
     * author, a join of the two and two windows over an incident's authors. Linear in the posts.
     *
     * @param posts the posts table (incident_id, id, parent_id, published_at, author_id,
     *              author_name, author_followers, is_official are read)
     */
    public static Dataset<Row> of(Dataset<Row> posts, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "posts", posts, "incident_id", "id", "parent_id",
                "published_at", "author_id", "author_name", "author_followers", "is_official");
        Dataset<Row> downstream = IncidentForests.perIncident(posts, DOWNSTREAM,
                KeySpreaders::downstream);
        var byDownstream = Window.partitionBy("incident_id")
                .orderBy(col("downstream_posts").desc(), col("author_id").asc());
        var byFollowers = Window.partitionBy("incident_id")
                .orderBy(col("max_followers").desc_nulls_last(), col("author_id").asc());
        int top = options.topSpreaders();
        return accounts(posts).join(downstream, AUTHOR)
                .withColumn("rank_downstream", row_number().over(byDownstream))
                .withColumn("rank_followers", row_number().over(byFollowers))
                .where(col("rank_downstream").leq(top).or(col("rank_followers").leq(top)))
                .select("incident_id", "author_id", "author_name", "is_official", "posts",
                        "downstream_posts", "max_followers", "rank_downstream", "rank_followers");
    }

    /**
     * Per incident and author: posts, max_followers, is_official (any post official) and
     * author_name (the name on the latest post that has one; the larger name on a tie).
     */
    private static Dataset<Row> accounts(Dataset<Row> posts) {
        var named = when(col("author_name").isNotNull(),
                struct(col("published_at"), col("author_name")));
        return SpreadColumns.analysed(posts).where(col("author_id").isNotNull())
                .groupBy("incident_id", "author_id")
                .agg(max(named).getField("author_name").as("author_name"),
                        coalesce(bool_or(col("is_official")), lit(false)).as("is_official"),
                        count(lit(1)).as("posts"),
                        max(col("author_followers").cast(DataTypes.LongType))
                                .as("max_followers"));
    }

    /**
     * Downstream posts per author: the subtrees below an author's topmost posts (those with no
     * ancestor by the same author) are disjoint and hold every descendant of the author's posts,
     * so the count is Σ (subtree size − 1) over them. One depth-first walk per tree keeps, per
     * author, how many of the current node's ancestors (and itself) they wrote.
     */
    private static List<Row> downstream(String incidentId, IncidentForest forest) {
        Map<String, long[]> totals = new HashMap<>();
        Map<String, int[]> onPath = new HashMap<>();
        // every node is pushed twice: as itself on entry, as ~node to mark its exit
        int[] stack = new int[2 * forest.size()];
        for (int t = 0; t < forest.trees(); t++) {
            int height = 0;
            stack[height++] = forest.nodeAt(forest.treeStart(t));
            while (height > 0) {
                int top = stack[--height];
                String author = forest.post(top >= 0 ? top : ~top).authorId();
                if (top < 0) {
                    if (author != null) {
                        onPath.get(author)[0]--;
                    }
                    continue;
                }
                if (author != null) {
                    int[] ancestorsByAuthor = onPath.computeIfAbsent(author, a -> new int[1]);
                    long[] total = totals.computeIfAbsent(author, a -> new long[1]);
                    if (ancestorsByAuthor[0] == 0) {
                        total[0] += forest.subtreeSize(top) - 1;
                    }
                    ancestorsByAuthor[0]++;
                }
                stack[height++] = ~top;
                for (int c = forest.childStart(top); c < forest.childEnd(top); c++) {
                    stack[height++] = forest.child(c);
                }
            }
        }
        List<Row> rows = new ArrayList<>(totals.size());
        totals.forEach((author, total) ->
                rows.add(RowFactory.create(incidentId, author, total[0])));
        return rows;
    }
}
