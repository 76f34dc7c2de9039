package com.hindsight.jobs.analyze.response;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.MetricInputs;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Did attention and negativity fall after the first statement? Compares the
 * {@code effectWindowHours} hours before the statement's hour with the same number of hours from
 * it on, per incident. See docs/metrics.md.
 *
 * <p>Hours: the statement's own hour counts as "after" (an hourly series cannot split it); hours
 * absent from the hourly series count as zero posts, which is what they are (the series is dense
 * from the first to the last mention).
 *
 * <p>Cost: a filter of the hourly series to channel {@code all} and one equi-join on the incident
 * id with the statements (one per incident), then one aggregation. Linear in the hourly rows.
 */
public final class ResponseEffect {
    private static final String METRIC = "ResponseEffect";

    private ResponseEffect() {
    }

    /**
     * @param hourly        hourly volume: incident_id, hour, channel, posts, negative_posts,
     *                      scored_posts (only channel {@code all} is read)
     * @param responseTimes the output of {@link ResponseTimes}: incident_id, milestone, at
     * @return incident_id, has_statement, statement_at, statement_hour, window_hours,
     *         posts_before, posts_after, growth_before, growth_after, negative_share_before,
     *         negative_share_after, negative_share_change, volume_change_ratio
     */
    public static Dataset<Row> of(Dataset<Row> hourly, Dataset<Row> responseTimes,
                                  AnalyzeOptions options) {
        MetricInputs.require(METRIC, "hourly volume", hourly, "incident_id", "hour", "channel",
                "posts", "negative_posts", "scored_posts");
        MetricInputs.require(METRIC, "response times", responseTimes,
                "incident_id", "milestone", "at");
        int window = options.effectWindowHours();

        Dataset<Row> statements = responseTimes
                .where(col("milestone").equalTo(Milestone.FIRST_STATEMENT.key()))
                .select(col("incident_id"), col("at").as("statement_at"),
                        date_trunc("hour", col("at")).as("statement_hour"));
        Dataset<Row> hours = hourly.where(col("channel").equalTo("all"))
                .select(col("incident_id").as("h_incident_id"), col("hour"), col("posts"),
                        col("negative_posts"), col("scored_posts"));
        // hours from the statement's hour: -window..-1 is before, 0..window-1 after
        Column offset = floor(unix_seconds(col("hour")).minus(unix_seconds(col("statement_hour")))
                .divide(3600));
        Dataset<Row> near = statements.join(hours,
                        col("incident_id").equalTo(col("h_incident_id"))
                                .and(offset.geq(-window)).and(offset.lt(window)), "left")
                .withColumn("offset", offset);

        Windows w = new Windows(window);
        Dataset<Row> sums = near.groupBy("incident_id", "statement_at", "statement_hour").agg(
                sum(w.posts(w.before())).as("posts_before"),
                sum(w.posts(w.after())).as("posts_after"),
                sum(w.posts(w.firstHalfBefore())).as("before_first_half"),
                sum(w.posts(w.secondHalfBefore())).as("before_second_half"),
                sum(w.posts(w.firstHalfAfter())).as("after_first_half"),
                sum(w.posts(w.secondHalfAfter())).as("after_second_half"),
                sum(w.count("negative_posts", w.before())).as("negative_before"),
                sum(w.count("scored_posts", w.before())).as("scored_before"),
                sum(w.count("negative_posts", w.after())).as("negative_after"),
                sum(w.count("scored_posts", w.after())).as("scored_after"));
        return metrics(sums, window);
    }

    private static Dataset<Row> metrics(Dataset<Row> sums, int window) {
        Column has = col("statement_at").isNotNull();
        return sums
                .withColumn("has_statement", has)
                .withColumn("window_hours", lit(window))
                .withColumn("posts_before", known(has, "posts_before"))
                .withColumn("posts_after", known(has, "posts_after"))
                .withColumn("growth_before", growth(has, window, "before_first_half",
                        "before_second_half"))
                .withColumn("growth_after", growth(has, window, "after_first_half",
                        "after_second_half"))
                .withColumn("negative_share_before",
                        try_divide(col("negative_before"), col("scored_before")))
                .withColumn("negative_share_after",
                        try_divide(col("negative_after"), col("scored_after")))
                .withColumn("negative_share_change",
                        col("negative_share_after").minus(col("negative_share_before")))
                .withColumn("volume_change_ratio",
                        try_divide(col("posts_after").cast("double"), col("posts_before")))
                .select("incident_id", "has_statement", "statement_at", "statement_hour",
                        "window_hours", "posts_before", "posts_after", "growth_before",
                        "growth_after", "negative_share_before", "negative_share_after",
                        "negative_share_change", "volume_change_ratio");
    }

    /** A sum over a window: 0 when no hour fell in it, null when there is no statement. */
    private static Column known(Column has, String sum) {
        return when(has, coalesce(col(sum), lit(0L)));
    }

    /** (second half − first half) / first half; null for a window of one hour or a 0 first half. */
    private static Column growth(Column has, int window, String firstHalf, String secondHalf) {
        if (window < 2) {
            return lit(null).cast(DataTypes.DoubleType);
        }
        Column first = coalesce(col(firstHalf), lit(0L));
        Column second = coalesce(col(secondHalf), lit(0L));
        return when(has, try_divide(second.minus(first).cast("double"), first));
    }

    /** The hour ranges, as offsets from the statement's hour, of the windows and their halves. */
    private record Windows(int size) {
        private int half() {
            return size / 2;
        }

        Column before() {
            return between(-size, -1);
        }

        Column after() {
            return between(0, size - 1);
        }

        Column firstHalfBefore() {
            return between(-size, -size + half() - 1);
        }

        Column secondHalfBefore() {
            return between(-half(), -1);
        }

        Column firstHalfAfter() {
            return between(0, half() - 1);
        }

        Column secondHalfAfter() {
            return between(size - half(), size - 1);
        }

        Column posts(Column range) {
            return count("posts", range);
        }

        Column count(String column, Column range) {
            return when(range, col(column));
        }

        private Column between(int from, int to) {
            return col("offset").between(from, to);
        }
    }
}
