package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Per incident, a fingerprint of everything its own metrics are computed from: its register row,
 * its posts, its actions and its injects. Two analyze runs that see the same fingerprint for an
 * incident compute the same per-incident rows for it (with the same settings, see
 * {@link AnalysisScope}), so an incremental run keeps those rows and recomputes only the
 * incidents whose fingerprint changed.
 *
 * <p>A part is {@code rows:xor:sum} over the part's rows, each row hashed over all its columns
 * ({@code xxhash64} for the xor, Murmur3 {@code hash} for the sum): independent of row order and
 * partitioning, and any added, removed or edited row changes it. Cost: one aggregation over the
 * posts (no sort), far less than the metrics it saves.
 */
final class IncidentInputs {
    static final String INCIDENT = "incident_id";
    static final String FINGERPRINT = "fingerprint";
    private static final String ABSENT = "-";

    private IncidentInputs() {
    }

    /** @return incident_id, fingerprint: one row per incident in the register or the posts */
    static Dataset<Row> of(AnalysisInputs inputs) {
        List<Dataset<Row>> parts = new ArrayList<>();
        parts.add(inputs.incidents().select(col("id").as(INCIDENT),
                xxhash64(allColumns(inputs.incidents())).cast(DataTypes.StringType).as("register")));
        parts.add(digest(inputs.posts(), "posts"));
        parts.add(digest(inputs.actions(), "actions"));
        if (inputs.injects() != null) {
            parts.add(digest(inputs.injects(), "injects"));
        }
        Dataset<Row> joined = parts.get(0);
        List<Column> fields = new ArrayList<>();
        fields.add(coalesce(col("register"), lit(ABSENT)));
        for (Dataset<Row> part : parts.subList(1, parts.size())) {
            joined = joined.join(part, CollectionConverters.asScala(List.of(INCIDENT)).toSeq(), "full_outer");
            String name = part.columns()[1];
            fields.add(coalesce(col(name), lit(ABSENT)));
        }
        return joined.select(col(INCIDENT),
                concat_ws("|", fields.toArray(new Column[0])).as(FINGERPRINT));
    }

    /** Per incident: how many rows, and two order-free hashes over them. */
    private static Dataset<Row> digest(Dataset<Row> rows, String name) {
        Column[] columns = allColumns(rows);
        return rows.filter(col(INCIDENT).isNotNull()).groupBy(INCIDENT).agg(concat_ws(":",
                count(lit(1)).cast(DataTypes.StringType),
                bit_xor(xxhash64(columns)).cast(DataTypes.StringType),
                sum(hash(columns).cast(DataTypes.LongType)).cast(DataTypes.StringType)).as(name));
    }

    private static Column[] allColumns(Dataset<Row> rows) {
        return Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new);
    }
}
