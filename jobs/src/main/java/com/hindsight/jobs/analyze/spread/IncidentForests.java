package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_micros;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs a tree computation once per incident: groups the analysed posts by incident_id, builds
 * the {@link IncidentForest} of each group in one task and turns it into rows. This is the one
 * place where the spread metrics leave Spark's built-in functions, because tree walks are not
 * expressible as joins in linear cost.
 *
 * <p>Cost: one shuffle of five narrow columns (incident_id, id, parent_id, published_at,
 * author_id when present); then, per incident, memory for all its posts in one task (about 200
 * bytes per post: an incident of a million posts needs some 200 MB) and O(n log n) time. The
 * largest incident, not the total, bounds the memory of a task.
 */
final class IncidentForests {
    /** Turns the forest of one incident into output rows. */
    interface TreeRows extends Serializable {
        List<Row> rows(String incidentId, IncidentForest forest);
    }

    private IncidentForests() {
    }

    static Dataset<Row> perIncident(Dataset<Row> posts, StructType schema, TreeRows treeRows) {
        // id is required by the data contract; a row without one cannot be a node
        Dataset<Row> nodes = SpreadColumns.analysed(posts).where(col("id").isNotNull())
                .select(col("incident_id"), col("id"), col("parent_id"),
                        unix_micros(col("published_at")).as("published_micros"), author(posts));
        return nodes.groupByKey((MapFunction<Row, String>) row -> row.getString(0),
                        Encoders.STRING())
                .flatMapGroups(new BuildForest(treeRows), Encoders.row(schema));
    }

    /** author_id, or null when the posts have no such column (cascades do not need it). */
    private static Column author(Dataset<Row> posts) {
        return Arrays.asList(posts.columns()).contains("author_id") ? col("author_id")
                : lit(null).cast(DataTypes.StringType).as("author_id");
    }

    private record BuildForest(TreeRows treeRows)
            implements FlatMapGroupsFunction<String, Row, Row> {
        @Override
        public Iterator<Row> call(String incidentId, Iterator<Row> rows) {
            List<IncidentForest.Post> posts = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                posts.add(new IncidentForest.Post(row.getString(1), row.getString(2),
                        row.getLong(3), row.getString(4)));
            }
            return treeRows.rows(incidentId, new IncidentForest(posts)).iterator();
        }
    }
}
