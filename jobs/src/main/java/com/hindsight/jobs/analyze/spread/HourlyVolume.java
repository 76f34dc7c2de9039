package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Posts per incident, hour and channel: how attention grew and moved between channels. The
 * output is the hourly series the other metrics read (peak, decay, alerts, response effect):
 *
 * <pre>
 * incident_id string, hour timestamp, channel string, posts long, negative_posts long,
 * scored_posts long
 * </pre>
 *
 * <p>An hour is {@code date_trunc('hour', published_at)} in the session time zone. Channel
 * {@value SpreadColumns#ALL_CHANNELS} totals all channels and is <b>dense</b>: every hour from the
 * incident's first to its last mention hour has a row, with zeros where nothing was posted. The
 * rows of a single channel are <b>sparse</b>: only hours in which that channel had a post. A post
 * is negative when {@code sentiment_score < negativeBelow}; a post without a score counts in
 * {@code posts} but in neither of the other two counts.
 */
public final class HourlyVolume {
    private static final String METRIC = "HourlyVolume";
    private static final long SECONDS_PER_HOUR = 3_600L;

    private HourlyVolume() {
    }

    /**
     * Cost: two aggregations of the posts (by incident, hour and channel; by incident and hour),
     * and one more over the hourly totals to span each incident's hours. The dense series has one
     * row per hour between an incident's first and last mention, so a stray post far from the
     * rest lengthens it: linear in the posts plus the incidents' durations in hours.
     *
     * @param posts the posts table plus {@code sentiment_score}; only posts with an incident_id
     *              are counted
     * @return the hourly rows, unordered
     */
    public static Dataset<Row> of(Dataset<Row> posts, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "posts", posts,
                "incident_id", "channel", "published_at", "sentiment_score");
        Dataset<Row> stamped = SpreadColumns.analysed(posts).select(
                col("incident_id"),
                date_trunc("hour", col("published_at")).as("hour"),
                col("channel"),
                col("sentiment_score").cast(DataTypes.DoubleType).as("score"));
        Column score = col("score");
        Dataset<Row> byChannel = stamped.groupBy("incident_id", "hour", "channel")
                .agg(count(lit(1)).as("posts"),
                        count(when(score.lt(options.negativeBelow()), true)).as("negative_posts"),
                        count(score).as("scored_posts"));
        // counts add up, so the totals come from the per-channel rows, not from the posts again
        Dataset<Row> totals = byChannel.groupBy("incident_id", "hour")
                .agg(sum("posts").as("posts"), sum("negative_posts").as("negative_posts"),
                        sum("scored_posts").as("scored_posts"));
        Dataset<Row> allHours = everyHour(totals)
                .join(totals, new String[] {"incident_id", "hour"}, "left")
                .select(col("incident_id"), col("hour"),
                        lit(SpreadColumns.ALL_CHANNELS).as("channel"),
                        coalesce(col("posts"), lit(0L)).as("posts"),
                        coalesce(col("negative_posts"), lit(0L)).as("negative_posts"),
                        coalesce(col("scored_posts"), lit(0L)).as("scored_posts"));
        return byChannel.select("incident_id", "hour", "channel", "posts", "negative_posts",
                "scored_posts").unionByName(allHours);
    }

    /** incident_id, hour: every hour from each incident's first to its last hour with posts. */
    private static Dataset<Row> everyHour(Dataset<Row> totals) {
        return totals.groupBy("incident_id")
                .agg(min(unix_seconds(col("hour"))).as("first"),
                        max(unix_seconds(col("hour"))).as("last"))
                .select(col("incident_id"), explode(
                        sequence(col("first"), col("last"), lit(SECONDS_PER_HOUR))).as("second"))
                .select(col("incident_id"), timestamp_seconds(col("second")).as("hour"));
    }
}
