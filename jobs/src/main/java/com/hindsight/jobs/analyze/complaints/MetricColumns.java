package com.hindsight.jobs.analyze.complaints;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/** Helpers shared by the complaint metrics: column checks, the two scopes, dense series. */
final class MetricColumns {
    /** {@code scope} of the rows over every complaint passed in; their incident_id is null. */
    static final String ALL = "all";
    /** {@code scope} of the rows of one incident. */
    static final String INCIDENT = "incident";

    static final double MICROS_PER_HOUR = 3_600_000_000.0;
    static final double MICROS_PER_DAY = 86_400_000_000.0;

    private MetricColumns() {
    }

    /**
     * Each row twice: once with {@code scope = all} and a null incident_id, and once with
     * {@code scope = incident} when it names an incident. One pass over the input, no shuffle.
     */
    static Dataset<Row> withScopes(Dataset<Row> rows) {
        Column both = array(
                struct(lit(ALL).as("scope"), lit(null).cast(DataTypes.StringType).as("incident")),
                struct(lit(INCIDENT).as("scope"), col("incident_id").as("incident")));
        return rows.withColumn("scoped", explode(both))
                .where(col("scoped.scope").equalTo(ALL).or(col("scoped.incident").isNotNull()))
                .withColumn("scope", col("scoped.scope"))
                .withColumn("incident_id", col("scoped.incident"))
                .drop("scoped");
    }

    /**
     * Makes a series dense: after each row of a group come rows for every {@code unit} ("HOUR",
     * "DAY") up to, not including, the group's next row, with the measures 0. Works on rows that
     * are already one per key and time, with one window; the raw input is not read again.
     */
    static Dataset<Row> withGapsFilled(Dataset<Row> counts, List<String> keys, String time,
                                       String unit, List<String> measures) {
        Column step = expr("INTERVAL 1 " + unit);
        Column[] groups = keys.stream().map(k -> col(k)).toArray(Column[]::new);
        WindowSpec byTime = Window.partitionBy(groups).orderBy(time);
        Column next = lead(col(time), 1).over(byTime);
        Dataset<Row> filled = counts
                .withColumn("gap_end", coalesce(next.minus(step), col(time)))
                .withColumn("filled", explode(sequence(col(time), col("gap_end"), step)));
        for (String measure : measures) {
            filled = filled.withColumn(measure,
                    when(col("filled").equalTo(col(time)), col(measure)).otherwise(lit(0L)));
        }
        return filled.withColumn(time, col("filled")).drop("gap_end", "filled");
    }
}
