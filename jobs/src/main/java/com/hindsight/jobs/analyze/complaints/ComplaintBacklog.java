package com.hindsight.jobs.analyze.complaints;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The complaint backlog day by day, for every complaint and per incident: received, resolved and
 * still open at the end of each calendar day of the session time zone, with every day from the
 * first receipt to the last receipt or resolution present (zero days included). See
 * docs/metrics.md.
 *
 * <p>A complaint resolved on a day before the day it was received (bad data) counts as resolved
 * on its day of receipt, so the backlog never goes below zero.
 *
 * <p>Cost: each complaint becomes at most 4 events (2 scopes × received/resolved), aggregated
 * per scope and day; filling the empty days and the running sum work on one row per scope and
 * day (one window each), so the complaints are read once.
 */
public final class ComplaintBacklog {
    private static final String METRIC = "ComplaintBacklog";

    private ComplaintBacklog() {
    }

    /**
     * @param complaints the warehouse complaints: incident_id, received_at, resolved_at
     * @return scope, incident_id, day (date), received, resolved, open_at_end_of_day
     */
    public static Dataset<Row> of(Dataset<Row> complaints) {
        MetricInputs.require(METRIC, "complaints", complaints,
                "incident_id", "received_at", "resolved_at");
        Column receivedDay = to_date(col("received_at"));
        Column resolvedDay = when(col("resolved_at").isNotNull(),
                greatest(to_date(col("resolved_at")), receivedDay));
        Dataset<Row> events = MetricColumns.withScopes(complaints.select(col("incident_id"),
                        explode(array(event(receivedDay, 1L, 0L), event(resolvedDay, 0L, 1L)))
                                .as("event")))
                .where(col("event.day").isNotNull());
        Dataset<Row> daily = events.groupBy(col("scope"), col("incident_id"),
                        col("event.day").as("day"))
                .agg(sum("event.received").as("received"), sum("event.resolved").as("resolved"));
        WindowSpec soFar = Window.partitionBy("scope", "incident_id").orderBy("day")
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        return MetricColumns.withGapsFilled(daily, List.of("scope", "incident_id"), "day", "DAY",
                        List.of("received", "resolved"))
                .withColumn("open_at_end_of_day",
                        sum("received").over(soFar).minus(sum("resolved").over(soFar)))
                .select("scope", "incident_id", "day", "received", "resolved",
                        "open_at_end_of_day");
    }

    private static Column event(Column day, long received, long resolved) {
        return struct(day.as("day"), lit(received).as("received"), lit(resolved).as("resolved"));
    }
}
