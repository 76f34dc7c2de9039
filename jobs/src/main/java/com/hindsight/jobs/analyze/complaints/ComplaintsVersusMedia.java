package com.hindsight.jobs.analyze.complaints;

import static com.hindsight.jobs.analyze.complaints.MetricColumns.MICROS_PER_HOUR;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.Percentiles;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Complaints beside media attention: per incident and hour, posts (channel {@code all}) and
 * complaints received; per incident, the two peaks and the lag between them; per incident
 * category, complaints per 1,000 posts and the median peak lag. See docs/metrics.md.
 *
 * <p>Cost: a union of the hourly posts and one event per linked complaint, aggregated per
 * incident and hour; empty hours are filled with one window over those counts; the peaks are one
 * more aggregation of the counts, and the category table a join with the register. Linear in the
 * rows; the median holds one lag per incident of a category.
 *
 * @param hourly per incident_id and hour: posts, complaints (long), dense from the earlier of the
 *               first post hour and the first complaint hour to the later of the two last hours
 * @param peaks  per incident: incident_id, posts, complaints, media_peak_hour, media_peak_posts,
 *               complaint_peak_hour, complaint_peak_complaints, peak_lag_hours
 */
public record ComplaintsVersusMedia(Dataset<Row> hourly, Dataset<Row> peaks) {
    private static final String METRIC = "ComplaintsVersusMedia";

    public ComplaintsVersusMedia {
        Objects.requireNonNull(hourly, "hourly is null");
        Objects.requireNonNull(peaks, "peaks is null");
    }

    /**
     * @param complaints    the warehouse complaints: incident_id, received_at (complaints without
     *                      an incident are left out)
     * @param hourlyVolume  hourly volume: incident_id, hour, channel, posts (channel {@code all})
     * @param spreadSummary one row per incident: incident_id, peak_hour, peak_posts
     */
    public static ComplaintsVersusMedia of(Dataset<Row> complaints, Dataset<Row> hourlyVolume,
                                           Dataset<Row> spreadSummary) {
        MetricInputs.require(METRIC, "complaints", complaints, "incident_id", "received_at");
        MetricInputs.require(METRIC, "hourly volume", hourlyVolume,
                "incident_id", "hour", "channel", "posts");
        MetricInputs.require(METRIC, "spread summary", spreadSummary,
                "incident_id", "peak_hour", "peak_posts");

        Dataset<Row> counts = hourlyCounts(complaints, hourlyVolume);
        // peaks need no empty hours: they change no sum and never win a maximum
        return new ComplaintsVersusMedia(
                MetricColumns.withGapsFilled(counts, List.of("incident_id"), "hour", "HOUR",
                        List.of("posts", "complaints")),
                peaks(counts, spreadSummary));
    }

    /**
     * Per incident category of the register: incidents, posts, complaints,
     * complaints_per_1000_posts, incidents_with_peak_lag, median_peak_lag_hours. Incidents of the
     * register without posts or complaints count with zeros; incidents not in the register get a
     * null category.
     *
     * @param incidents the warehouse incidents: id, category
     */
    public Dataset<Row> byCategory(Dataset<Row> incidents) {
        MetricInputs.require(METRIC, "incidents", incidents, "id", "category");
        Dataset<Row> register = incidents.select(col("id").as("incident_id"), col("category"));
        return peaks.select("incident_id", "posts", "complaints", "peak_lag_hours")
                .join(register, new String[] {"incident_id"}, "full")
                .groupBy("category").agg(
                        count(lit(1)).as("incidents"),
                        coalesce(sum("posts"), lit(0L)).as("posts"),
                        coalesce(sum("complaints"), lit(0L)).as("complaints"),
                        count("peak_lag_hours").as("incidents_with_peak_lag"),
                        Percentiles.sortedValues(col("peak_lag_hours")).as("lags"))
                .withColumn("complaints_per_1000_posts",
                        try_divide(col("complaints").multiply(1000.0), col("posts")))
                .withColumn("median_peak_lag_hours", Percentiles.nearestRank(col("lags"), 50))
                .select("category", "incidents", "posts", "complaints",
                        "complaints_per_1000_posts", "incidents_with_peak_lag",
                        "median_peak_lag_hours");
    }

    /** Posts and complaints per incident and hour, only hours that have either. */
    private static Dataset<Row> hourlyCounts(Dataset<Row> complaints, Dataset<Row> hourlyVolume) {
        Dataset<Row> posts = hourlyVolume.where(col("channel").equalTo("all"))
                .select(col("incident_id"), col("hour"), col("posts"), lit(0L).as("complaints"));
        Dataset<Row> received = complaints.where(col("incident_id").isNotNull())
                .select(col("incident_id"), date_trunc("hour", col("received_at")).as("hour"),
                        lit(0L).as("posts"), lit(1L).as("complaints"));
        return posts.unionByName(received).groupBy("incident_id", "hour")
                .agg(sum("posts").as("posts"), sum("complaints").as("complaints"));
    }

    private static Dataset<Row> peaks(Dataset<Row> counts, Dataset<Row> spreadSummary) {
        // the most complaints first, then the earliest hour: max of (complaints, −hour)
        Column rank = struct(col("complaints"), unix_micros(col("hour")).multiply(-1));
        Dataset<Row> perIncident = counts.groupBy("incident_id").agg(
                sum("posts").as("posts"),
                sum("complaints").as("complaints"),
                max("complaints").as("complaint_peak_complaints"),
                max_by(col("hour"), rank).as("complaint_peak_hour"));
        Dataset<Row> media = spreadSummary.select(col("incident_id"),
                col("peak_hour").as("media_peak_hour"), col("peak_posts").as("media_peak_posts"));
        Column anyComplaint = col("complaints").gt(0);
        return perIncident.join(media, new String[] {"incident_id"}, "full")
                .withColumn("posts", coalesce(col("posts"), lit(0L)))
                .withColumn("complaints", coalesce(col("complaints"), lit(0L)))
                .withColumn("complaint_peak_hour", when(anyComplaint,
                        col("complaint_peak_hour")))
                .withColumn("complaint_peak_complaints", when(anyComplaint,
                        col("complaint_peak_complaints")))
                .withColumn("peak_lag_hours", unix_micros(col("complaint_peak_hour"))
                        .minus(unix_micros(col("media_peak_hour"))).divide(lit(MICROS_PER_HOUR)))
                .select("incident_id", "posts", "complaints", "media_peak_hour",
                        "media_peak_posts", "complaint_peak_hour", "complaint_peak_complaints",
                        "peak_lag_hours");
    }
}
