package com.hindsight.jobs.analyze.portfolio;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.cume_dist;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Ranks incidents by a severity a manager can take apart (docs/metrics.md, "Severity"):
 *
 * <pre>
 * part(x)  = 0 when the incident's value x is 0 (nothing happened on that measure), else
 *            100 × (incidents of the portfolio whose value is ≤ x) / (incidents)
 * index    = 0.25·reach + 0.15·peak + 0.20·negative + 0.15·complaints + 0.15·regulator
 *            + 0.10·duration        (each a part, so the index is 0–100 too)
 * severity = 100 × (incidents whose index is ≤ this one's) / (incidents)
 * </pre>
 *
 * Every part is a percentile against the portfolio's incidents (the empirical distribution, ties
 * share the higher value), so followers, posts, shares, counts and hours weigh on the same scale
 * and "reach 83" reads "as wide as or wider than 83 % of our incidents". A weighted mean of
 * percentiles crowds to the middle (the six sample incidents had indexes 42–75), so the severity
 * is the percentile of the index in turn: the most severe incident of the portfolio is 100, the
 * least 100/n, and the ranking spreads over the scale. Severity compares incidents of one
 * warehouse and moves when incidents are added; the parts and the index say why. Ties rank by
 * incident id. The period is the month the incident opened (in the session zone).
 */
public final class SeverityRanking {
    /** The parts, in the order they are written, with their weights (they add up to 1). */
    static final List<Part> PARTS = List.of(
            new Part("reach", "reach_followers", 0.25),
            new Part("peak", "peak_posts", 0.15),
            new Part("negative", "negative_share", 0.20),
            new Part("complaints", "complaints", 0.15),
            new Part("regulator", "regulator_complaints", 0.15),
            new Part("duration", "duration_hours", 0.10));

    private SeverityRanking() {
    }

    /**
     * One measure of an incident and its weight in the index.
     *
     * @param name   the part's column is {@code <name>_part}
     * @param value  the measured column
     */
    record Part(String name, String value, double weight) {
        String column() {
            return name + "_part";
        }
    }

    /**
     * @param incidents  the register (id, bank, title, category, opened_at)
     * @param spread     per incident: incident_id, first_mention, last_mention, reach_followers,
     *                   peak_posts, negative_share, time_to_subside_hours
     * @param complaints the complaints table (incident_id, channel, regulator_forwarded)
     */
    public static Dataset<Row> of(Dataset<Row> incidents, Dataset<Row> spread,
                                  Dataset<Row> complaints) {
        Dataset<Row> complaintCounts = complaints.filter(col("incident_id").isNotNull())
                .groupBy("incident_id").agg(count(lit(1)).as("complaints"),
                        // the same rule as the complaint SLA's regulator_forwarded (metrics.md)
                        count_if(col("regulator_forwarded").equalTo(true)
                                .or(col("channel").equalTo("regulator")))
                                .as("regulator_complaints"));
        // how long the storm lasted: to subsiding, or to the last mention when it never subsided
        Column duration = coalesce(col("time_to_subside_hours"),
                col("last_mention").cast("long").minus(col("first_mention").cast("long"))
                        .divide(3600.0));
        Dataset<Row> measured = incidents.select(col("id").as("incident_id"), col("bank"),
                        col("title"), col("category"), col("opened_at"))
                .join(spread.select(col("incident_id"), col("reach_followers"),
                        col("peak_posts"), col("negative_share"),
                        duration.as("duration_hours")), "incident_id", "left")
                .join(complaintCounts, "incident_id", "left")
                .withColumn("reach_followers", coalesce(col("reach_followers"), lit(0L)))
                .withColumn("peak_posts", coalesce(col("peak_posts"), lit(0L)))
                .withColumn("complaints", coalesce(col("complaints"), lit(0L)))
                .withColumn("regulator_complaints", coalesce(col("regulator_complaints"), lit(0L)))
                .withColumn("duration_hours", coalesce(col("duration_hours"), lit(0.0)));
        Column index = lit(0.0);
        for (Part part : PARTS) {
            measured = measured.withColumn(part.column(), percentile(part.value()));
            index = index.plus(lit(part.weight()).multiply(col(part.column())));
        }
        Dataset<Row> scored = measured.withColumn("severity_index", index)
                .withColumn("severity", round(cume_dist().over(Window.orderBy("severity_index"))
                        .multiply(100), 1))
                .withColumn("severity_index", round(col("severity_index"), 1))
                .withColumn("period", date_format(col("opened_at"), "yyyy-MM"));
        for (Part part : PARTS) {
            scored = scored.withColumn(part.column(), round(col(part.column()), 1));
        }
        return scored
                .withColumn("rank", row_number().over(Window.orderBy(desc("severity"),
                        desc("severity_index"), col("incident_id"))))
                .withColumn("rank_in_period", row_number().over(Window.partitionBy("period")
                        .orderBy(desc("severity"), desc("severity_index"), col("incident_id"))))
                .select("incident_id", "bank", "title", "category", "opened_at", "period",
                        "reach_followers", "peak_posts", "negative_share", "complaints",
                        "regulator_complaints", "duration_hours", "reach_part", "peak_part",
                        "negative_part", "complaints_part", "regulator_part", "duration_part",
                        "severity_index", "severity", "rank", "rank_in_period");
    }

    /** 0 for a value of 0 (or none), else the share of incidents at or below it, 0–100. */
    private static Column percentile(String value) {
        Column measured = coalesce(col(value).cast("double"), lit(0.0));
        return when(measured.gt(0), cume_dist().over(Window.orderBy(measured)).multiply(100))
                .otherwise(lit(0.0));
    }
}
