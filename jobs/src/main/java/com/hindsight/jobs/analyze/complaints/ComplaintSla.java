package com.hindsight.jobs.analyze.complaints;

import static com.hindsight.jobs.analyze.complaints.MetricColumns.MICROS_PER_DAY;
import static com.hindsight.jobs.analyze.complaints.MetricColumns.MICROS_PER_HOUR;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.Percentiles;
import com.hindsight.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Complaint handling against its service levels: received → first contact (hours) and received →
 * resolved (days), with nearest-rank percentiles, target compliance, outcomes and compensation,
 * for every complaint and per incident, overall and by channel, branch and product. See
 * docs/metrics.md.
 *
 * <p>A lag below zero (first contact or resolution before receipt) is bad data: it is left out of
 * the percentiles and shares and counted in {@code first_contact_negative} or
 * {@code resolution_negative}.
 *
 * <p>Cost: each complaint becomes at most 8 rows (2 scopes × 5 dimensions), then one
 * aggregation. The percentiles hold the lags of one group in one task's memory, so the largest
 * group ({@code all}/{@code all}) holds two doubles per complaint.
 */
public final class ComplaintSla {
    public static final String DIMENSION_ALL = "all";
    public static final List<String> DIMENSIONS = List.of(DIMENSION_ALL, "channel", "branch",
            "product", "month");

    private static final String METRIC = "ComplaintSla";
    private static final double[] PERCENTILES = {50, 90, 99};

    private ComplaintSla() {
    }

    /**
     * @param complaints the warehouse complaints: incident_id, received_at, channel, branch,
     *                   product, first_response_at, resolved_at, outcome, compensation,
     *                   regulator_forwarded
     * @return one row per scope, incident_id, dimension and value; the columns are listed in
     *         docs/metrics.md
     */
    public static Dataset<Row> of(Dataset<Row> complaints, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "complaints", complaints, "incident_id", "received_at",
                "channel", "branch", "product", "first_response_at", "resolved_at", "outcome",
                "compensation", "regulator_forwarded");
        long contactTarget = options.firstContactTarget().toNanos() / 1000;
        long resolutionTarget = options.resolutionTarget().toNanos() / 1000;

        Dataset<Row> lags = complaints.select(col("incident_id"), col("received_at"),
                col("channel"), col("branch"),
                col("product"), col("outcome"), col("compensation"), col("regulator_forwarded"),
                micros("first_response_at").as("contact_micros"),
                micros("resolved_at").as("resolution_micros"));
        Dataset<Row> cuts = MetricColumns.withScopes(lags)
                .withColumn("cut", explode(array(
                        cut(DIMENSION_ALL, lit(null).cast(DataTypes.StringType)),
                        cut("channel", col("channel")), cut("branch", col("branch")),
                        cut("product", col("product")),
                        cut("month", date_format(col("received_at"), "yyyy-MM")))))
                .withColumn("dimension", col("cut.dimension"))
                .withColumn("value", col("cut.value"));

        List<Column> aggregates = new ArrayList<>(List.of(
                count(lit(1)).as("complaints"),
                count_if(col("contact_micros").geq(0)).as("with_first_contact"),
                count_if(col("contact_micros").isNull()).as("without_first_contact"),
                count_if(col("contact_micros").lt(0)).as("first_contact_negative"),
                Percentiles.sortedValues(valid("contact_micros", MICROS_PER_HOUR))
                        .as("contact_hours"),
                count_if(col("contact_micros").between(0, contactTarget)).as("contact_in_target"),
                count_if(col("resolution_micros").geq(0)).as("resolved"),
                count_if(col("resolution_micros").isNull()).as("unresolved"),
                count_if(col("resolution_micros").lt(0)).as("resolution_negative"),
                Percentiles.sortedValues(valid("resolution_micros", MICROS_PER_DAY))
                        .as("resolution_days"),
                count_if(col("resolution_micros").between(0, resolutionTarget))
                        .as("resolution_in_target"),
                count_if(col("regulator_forwarded").equalTo(true)
                        .or(col("channel").equalTo("regulator"))).as("regulator_forwarded"),
                coalesce(sum("compensation"), lit(0.0)).as("compensation_total")));
        for (String outcome : Vocabulary.COMPLAINT_OUTCOMES) {
            aggregates.add(count_if(col("outcome").equalTo(outcome)).as("outcome_" + outcome));
        }
        aggregates.add(count_if(col("outcome").isNull()).as("outcome_missing"));

        Dataset<Row> groups = cuts.groupBy("scope", "incident_id", "dimension", "value")
                .agg(aggregates.get(0),
                        aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
        return withPercentiles(groups).select(outputColumns());
    }

    private static Dataset<Row> withPercentiles(Dataset<Row> groups) {
        Dataset<Row> result = groups;
        for (double p : PERCENTILES) {
            int name = (int) p;
            result = result
                    .withColumn("first_contact_p" + name + "_hours",
                            Percentiles.nearestRank(col("contact_hours"), p))
                    .withColumn("resolution_p" + name + "_days",
                            Percentiles.nearestRank(col("resolution_days"), p));
        }
        return result
                .withColumn("first_contact_within_target_share",
                        try_divide(col("contact_in_target").cast("double"),
                                col("with_first_contact")))
                .withColumn("resolution_within_target_share",
                        try_divide(col("resolution_in_target").cast("double"), col("resolved")));
    }

    private static Column[] outputColumns() {
        List<String> names = new ArrayList<>(List.of("scope", "incident_id", "dimension", "value",
                "complaints", "with_first_contact", "without_first_contact",
                "first_contact_negative", "first_contact_p50_hours", "first_contact_p90_hours",
                "first_contact_p99_hours", "first_contact_within_target_share", "resolved",
                "unresolved", "resolution_negative", "resolution_p50_days", "resolution_p90_days",
                "resolution_p99_days", "resolution_within_target_share", "regulator_forwarded",
                "compensation_total"));
        Vocabulary.COMPLAINT_OUTCOMES.forEach(o -> names.add("outcome_" + o));
        names.add("outcome_missing");
        return names.stream().map(n -> col(n)).toArray(Column[]::new);
    }

    /** Microseconds from receipt to {@code field}; null when the field is null. */
    private static Column micros(String field) {
        return unix_micros(col(field)).minus(unix_micros(col("received_at")));
    }

    /** A non-negative lag in the unit of {@code microsPerUnit}; null otherwise. */
    private static Column valid(String lagMicros, double microsPerUnit) {
        return when(col(lagMicros).geq(0), col(lagMicros).divide(lit(microsPerUnit)));
    }

    private static Column cut(String dimension, Column value) {
        return struct(lit(dimension).as("dimension"), value.cast(DataTypes.StringType).as("value"));
    }
}
