package com.hindsight.jobs.analyze.portfolio;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log10;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Ranks incidents by a severity score in [0, 100]:
 *
 * <pre>
 * severity = 100 × (0.30 × R + 0.25 × P + 0.25 × N + 0.20 × C)
 *   R = log10(1 + reach_followers) / max over the portfolio of the same
 *   P = log10(1 + peak_posts)      / max ...
 *   N = negative_share (0 when nothing was scored)
 *   C = log10(1 + complaints)      / max ...
 * </pre>
 *
 * Logarithms because reach and volume are heavy-tailed: one viral incident must not flatten every
 * other score to zero. Each component is relative to the worst incident of the portfolio, so a
 * score compares incidents of one warehouse, not warehouses. A component whose maximum is 0
 * contributes 0. Ties rank by incident id. The period is the month the incident opened (in the
 * session zone); {@code rank_in_period} ranks within it.
 */
public final class SeverityRanking {
    private SeverityRanking() {
    }

    /**
     * @param incidents the register (id, bank, title, category, opened_at)
     * @param spread    per incident: incident_id, reach_followers, peak_posts, negative_share
     * @param complaints the complaints table (incident_id)
     */
    public static Dataset<Row> of(Dataset<Row> incidents, Dataset<Row> spread,
                                  Dataset<Row> complaints) {
        Dataset<Row> complaintCounts = complaints.filter(col("incident_id").isNotNull())
                .groupBy("incident_id").agg(count(lit(1)).as("complaints"));
        Dataset<Row> joined = incidents.select(col("id").as("incident_id"), col("bank"),
                        col("title"), col("category"), col("opened_at"))
                .join(spread.select("incident_id", "reach_followers", "peak_posts",
                        "negative_share"), "incident_id", "left")
                .join(complaintCounts, "incident_id", "left")
                .withColumn("reach_followers", coalesce(col("reach_followers"), lit(0L)))
                .withColumn("peak_posts", coalesce(col("peak_posts"), lit(0L)))
                .withColumn("complaints", coalesce(col("complaints"), lit(0L)))
                .withColumn("_r", log10(lit(1).plus(col("reach_followers"))))
                .withColumn("_p", log10(lit(1).plus(col("peak_posts"))))
                .withColumn("_c", log10(lit(1).plus(col("complaints"))));
        var all = Window.partitionBy();
        Column score = lit(0.30).multiply(relative("_r", all))
                .plus(lit(0.25).multiply(relative("_p", all)))
                .plus(lit(0.25).multiply(coalesce(col("negative_share"), lit(0.0))))
                .plus(lit(0.20).multiply(relative("_c", all)));
        Dataset<Row> scored = joined.withColumn("severity", round(score.multiply(100), 1))
                .withColumn("period", date_format(col("opened_at"), "yyyy-MM"));
        return scored
                .withColumn("rank", row_number().over(Window.orderBy(desc("severity"),
                        col("incident_id"))))
                .withColumn("rank_in_period", row_number().over(Window.partitionBy("period")
                        .orderBy(desc("severity"), col("incident_id"))))
                .select("incident_id", "bank", "title", "category", "opened_at", "period",
                        "reach_followers", "peak_posts", "negative_share", "complaints", "severity",
                        "rank", "rank_in_period");
    }

    private static Column relative(String column, org.apache.spark.sql.expressions.WindowSpec all) {
        Column maximum = max(col(column)).over(all);
        return when(maximum.gt(0), col(column).divide(maximum)).otherwise(lit(0.0));
    }
}
