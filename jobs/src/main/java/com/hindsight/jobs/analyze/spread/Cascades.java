package com.hindsight.jobs.analyze.spread;

import com.hindsight.jobs.analyze.MetricInputs;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row per cascade: a root post and every post that replies to or reposts it, directly or
 * through others, within the same incident.
 *
 * <pre>
 * incident_id string, root_id string, size long, depth long, max_breadth long,
 * structural_virality double, is_orphan_root boolean, is_cycle_root boolean
 * </pre>
 *
 * <p>Structural virality is the mean shortest-path distance between all pairs of the tree's
 * nodes (Goel, Anderson, Hofman and Watts, "The Structural Virality of Online Diffusion",
 * Management Science 62(1), 2016): 2W / (n(n − 1)) with the Wiener index W = Σ over edges of
 * s·(n − s), s the size of the subtree below the edge. It is null for a single post (no pairs).
 * A parent outside the incident (missing from the archive, unlinked, or in another incident)
 * makes an orphan root; parent chains that loop are broken at their earliest post (see
 * {@link IncidentForest}).
 */
public final class Cascades {
    private static final String METRIC = "Cascades";
    static final StructType SCHEMA = new StructType()
            .add("incident_id", DataTypes.StringType, false)
            .add("root_id", DataTypes.StringType, false)
            .add("size", DataTypes.LongType, false)
            .add("depth", DataTypes.LongType, false)
            .add("max_breadth", DataTypes.LongType, false)
            .add("structural_virality", DataTypes.DoubleType, true)
            .add("is_orphan_root", DataTypes.BooleanType, false)
            .add("is_cycle_root", DataTypes.BooleanType, false);

    private Cascades() {
    }

    /**
     * Cost: see {@link IncidentForests}: one shuffle of narrow columns and, per incident,
     * memory for all its posts in one task; O(n) after an O(n log n) sort.
     *
     * @param posts the posts table (incident_id, id, parent_id, published_at are read)
     * @return one row per cascade, unordered
     */
    public static Dataset<Row> of(Dataset<Row> posts) {
        MetricInputs.require(METRIC, "posts", posts, "incident_id", "id", "parent_id",
                "published_at");
        return IncidentForests.perIncident(posts, SCHEMA, Cascades::rows);
    }

    private static List<Row> rows(String incidentId, IncidentForest forest) {
        List<Row> rows = new ArrayList<>(forest.trees());
        for (int t = 0; t < forest.trees(); t++) {
            rows.add(row(incidentId, forest, t));
        }
        return rows;
    }

    private static Row row(String incidentId, IncidentForest forest, int tree) {
        int begin = forest.treeStart(tree);
        int end = forest.treeEnd(tree);
        long size = end - begin;
        long breadth = 0;
        long maxBreadth = 0;
        double wiener = 0;
        // breadth-first order visits depth 0, then every node of depth 1, ...: count the runs
        for (int k = begin; k < end; k++) {
            int node = forest.nodeAt(k);
            boolean newLevel = k == begin
                    || forest.depth(node) != forest.depth(forest.nodeAt(k - 1));
            breadth = newLevel ? 1 : breadth + 1;
            maxBreadth = Math.max(maxBreadth, breadth);
            if (k > begin) {
                long below = forest.subtreeSize(node);
                wiener += (double) below * (size - below);
            }
        }
        int root = forest.nodeAt(begin);
        Double virality = size < 2 ? null : 2 * wiener / (size * (size - 1.0));
        return RowFactory.create(incidentId, forest.post(root).id(), size,
                (long) forest.depth(forest.nodeAt(end - 1)), maxBreadth, virality,
                forest.isOrphan(root), forest.isCycleRoot(root));
    }
}
