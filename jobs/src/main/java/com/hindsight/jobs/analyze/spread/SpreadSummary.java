package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * One row per incident: when it started and ended, how large it was, when and how high it
 * peaked, how fast it decayed and when it subsided. See docs/metrics.md for every formula.
 *
 * <pre>
 * incident_id, first_mention, last_mention, total_posts, unique_authors, reach_followers, views,
 * reposts, comments, likes, peak_hour, peak_posts, time_to_peak_hours, half_life_hours,
 * subsided_at, time_to_subside_hours, negative_share, scored_posts, official_posts,
 * scored_by_archive, scored_by_model, scored_by_lexicon, unscored_posts
 * </pre>
 *
 * <p>Decisions: the peak is the hour with the most posts, the <b>earliest</b> of tied hours.
 * Half-life only looks inside the data (null when no later hour with data falls to half the
 * peak). For subsidence the hours after the last mention count as zero posts, so every incident
 * subsides, at the latest in the hour after its last mention; {@code subsided_at} is never null.
 */
public final class SpreadSummary {
    private static final String METRIC = "SpreadSummary";
    private static final String[] INCIDENT = {"incident_id"};

    private SpreadSummary() {
    }

    /**
     * Cost: two aggregations of the posts (per incident; per incident and author) and, over the
     * hourly rows of channel {@code all}, one window for the peak, one for subsidence and
     * equi-joins on the incident id. Linear in the posts plus the hourly rows. The hourly rows
     * are read three times (peak, half-life, subsidence): pass a persisted Dataset when they are
     * expensive to recompute.
     *
     * @param posts  the posts table plus {@code sentiment_score}
     * @param hourly the output of {@link HourlyVolume} for the same posts (only channel
     *               {@code all} is read)
     */
    public static Dataset<Row> of(Dataset<Row> posts, Dataset<Row> hourly, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "posts", posts, "incident_id", "published_at", "author_id",
                "author_followers", "is_official", "views", "reposts", "comments", "likes",
                "sentiment_score", "sentiment_source");
        MetricInputs.require(METRIC, "hourly volume", hourly, "incident_id", "hour", "channel",
                "posts");
        Dataset<Row> analysed = SpreadColumns.analysed(posts);
        Dataset<Row> series = hourly.where(col("channel").equalTo(SpreadColumns.ALL_CHANNELS))
                .select("incident_id", "hour", "posts");
        Dataset<Row> peaks = peaks(series);

        Column firstHour = date_trunc("hour", col("first_mention"));
        return totals(analysed, options)
                .join(authors(analysed), INCIDENT, "left")
                .join(peaks, INCIDENT, "left")
                .join(halfLives(series, peaks), INCIDENT, "left")
                .join(subsidence(series, peaks, options), INCIDENT, "left")
                .select(col("incident_id"), col("first_mention"), col("last_mention"),
                        col("total_posts"),
                        coalesce(col("unique_authors"), lit(0L)).as("unique_authors"),
                        coalesce(col("reach_followers"), lit(0L)).as("reach_followers"),
                        col("views"), col("reposts"), col("comments"), col("likes"),
                        col("peak_hour"), col("peak_posts"),
                        MetricInputs.hoursBetween(firstHour, col("peak_hour"))
                                .as("time_to_peak_hours"),
                        MetricInputs.hoursBetween(col("peak_hour"), col("half_hour"))
                                .as("half_life_hours"),
                        col("subsided_at"),
                        MetricInputs.hoursBetween(firstHour, col("subsided_at"))
                                .as("time_to_subside_hours"),
                        when(col("scored_posts").gt(0), col("negative_posts")
                                .cast(DataTypes.DoubleType).divide(col("scored_posts")))
                                .as("negative_share"),
                        col("scored_posts"), col("official_posts"),
                        col("scored_by_archive"), col("scored_by_model"), col("scored_by_lexicon"),
                        col("total_posts").minus(col("scored_posts")).as("unscored_posts"));
    }

    /** Per incident: time span, counts, interaction sums (null as 0) and sentiment counts. */
    private static Dataset<Row> totals(Dataset<Row> posts, AnalyzeOptions options) {
        Column score = col("sentiment_score").cast(DataTypes.DoubleType);
        return posts.groupBy("incident_id").agg(
                min("published_at").as("first_mention"),
                max("published_at").as("last_mention"),
                count(lit(1)).as("total_posts"),
                sumOrZero("views"), sumOrZero("reposts"), sumOrZero("comments"),
                sumOrZero("likes"),
                count(when(score.lt(options.negativeBelow()), true)).as("negative_posts"),
                count(score).as("scored_posts"),
                count(when(col("is_official").equalTo(true), true)).as("official_posts"),
                scoredBy(score, "archive"), scoredBy(score, "model"), scoredBy(score, "lexicon"));
    }

    /** Scored posts whose score came from the given {@code sentiment_source}. */
    private static Column scoredBy(Column score, String source) {
        return count(when(score.isNotNull().and(col("sentiment_source").equalTo(source)), true))
                .as("scored_by_" + source);
    }

    private static Column sumOrZero(String count) {
        return sum(coalesce(col(count).cast(DataTypes.LongType), lit(0L))).as(count);
    }

    /**
     * Per incident: unique_authors (non-null author ids) and reach_followers (the sum over those
     * authors of the largest follower count seen on their posts; unknown counts add 0).
     */
    private static Dataset<Row> authors(Dataset<Row> posts) {
        return posts.where(col("author_id").isNotNull())
                .groupBy("incident_id", "author_id")
                .agg(max(col("author_followers").cast(DataTypes.LongType)).as("followers"))
                .groupBy("incident_id")
                .agg(count(lit(1)).as("unique_authors"),
                        coalesce(sum("followers"), lit(0L)).as("reach_followers"));
    }

    /** incident_id, peak_hour, peak_posts: the busiest hour, the earliest of ties. */
    private static Dataset<Row> peaks(Dataset<Row> series) {
        var busiestFirst = Window.partitionBy("incident_id")
                .orderBy(col("posts").desc(), col("hour").asc());
        return series.withColumn("rank", row_number().over(busiestFirst))
                .where(col("rank").equalTo(1))
                .select(col("incident_id"), col("hour").as("peak_hour"),
                        col("posts").as("peak_posts"));
    }

    /** incident_id, half_hour: the first hour after the peak with at most half its posts. */
    private static Dataset<Row> halfLives(Dataset<Row> series, Dataset<Row> peaks) {
        // posts * 2 <= peak keeps the comparison in whole numbers
        return series.join(peaks, INCIDENT)
                .where(col("hour").gt(col("peak_hour"))
                        .and(col("posts").multiply(2).leq(col("peak_posts"))))
                .groupBy("incident_id")
                .agg(min("hour").as("half_hour"));
    }

    /**
     * incident_id, subsided_at. The "loud" hours are the peak and the later hours with at least
     * subsideShare × peak posts. The incident subsides at the start of the first quiet stretch
     * after a loud hour that lasts subsideHours hours, where the stretch after the last loud hour
     * never ends (no data is zero posts). That last stretch always qualifies, so every incident
     * gets a value.
     */
    private static Dataset<Row> subsidence(Dataset<Row> series, Dataset<Row> peaks,
                                           AnalyzeOptions options) {
        var inTime = Window.partitionBy("incident_id").orderBy("hour");
        Column nextLoud = col("next_loud");
        Column quietHours = MetricInputs.hoursBetween(col("hour"), nextLoud).minus(1);
        return series.join(peaks, INCIDENT)
                .where(col("hour").geq(col("peak_hour")).and(col("posts")
                        .geq(col("peak_posts").multiply(options.subsideShare()))))
                .withColumn("next_loud", lead("hour", 1).over(inTime))
                .where(nextLoud.isNull().or(quietHours.geq(options.subsideHours())))
                .groupBy("incident_id")
                .agg(min(SpreadColumns.plusHours(col("hour"), lit(1))).as("subsided_at"));
    }
}
