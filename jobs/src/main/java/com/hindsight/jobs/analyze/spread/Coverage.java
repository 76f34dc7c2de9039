package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.sentiment.SentimentScorer;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * What media coverage said about each incident (docs/metrics.md, "Coverage"): the most-reposted
 * and most-viewed items, and the outlets (accounts on the press channels) that covered it, with
 * their tone and when they first did.
 *
 * <p>Tone, of an item or an outlet's mean score: {@code negative} below {@value #NEGATIVE_BELOW},
 * {@code positive} from {@value #POSITIVE_FROM}, else {@code neutral} (a band around 0: an outlet
 * averaging -0.05 is not hostile); null without a score. {@code negative_items} counts items
 * below the analysis' {@code negativeBelow}, as every negative share does.
 */
public final class Coverage {
    /** Items kept per incident and list (most reposted, most viewed). */
    public static final int TOP_ITEMS = 10;
    /** Channels whose accounts are outlets: the press, not people. */
    public static final List<String> PRESS_CHANNELS = List.of("news", "print", "tv");
    static final double NEGATIVE_BELOW = -0.2;
    static final double POSITIVE_FROM = 0.2;
    /** Characters of an item's title (or text, when it has none) kept as its headline. */
    static final int HEADLINE_CHARACTERS = 80;

    private Coverage() {
    }

    /**
     * One row per item that is among the incident's {@value #TOP_ITEMS} most reposted or most
     * viewed (posts with neither count are not ranked): incident_id, id, channel, author_name,
     * headline, published_at, reposts, views, sentiment_score, tone, rank_reposts, rank_views
     * (null when outside that list). Cost: two windows over an incident's posts.
     */
    public static Dataset<Row> topItems(Dataset<Row> posts) {
        return posts.filter(col("incident_id").isNotNull()).transform(Coverage::withCounts)
                .withColumn("rank_reposts", rank("reposts_or_zero"))
                .withColumn("rank_views", rank("views_or_zero"))
                .filter(col("rank_reposts").isNotNull().or(col("rank_views").isNotNull()))
                .select(col("incident_id"), col("id"), col("channel"), col("author_name"),
                        substring(coalesce(col("title"), col("text")), 1, HEADLINE_CHARACTERS)
                                .as("headline"),
                        col("published_at"), col("reposts"), col("views"),
                        col(SentimentScorer.SCORE).as("sentiment_score"),
                        tone(col(SentimentScorer.SCORE)).as("tone"), col("rank_reposts"),
                        col("rank_views"));
    }

    /**
     * One row per outlet (an author on a press channel) of each incident: incident_id, outlet
     * (author_name, else author_id), channel (its first item's), items, first_coverage_at,
     * reposts, views, mean_sentiment, negative_items, tone. Ordered by first coverage in the
     * document.
     */
    public static Dataset<Row> outlets(Dataset<Row> posts, double negativeBelow) {
        Column score = col(SentimentScorer.SCORE);
        return posts.filter(col("incident_id").isNotNull()
                        .and(col("channel").isin(PRESS_CHANNELS.toArray()))
                        .and(coalesce(col("author_name"), col("author_id")).isNotNull()))
                .withColumn("outlet", coalesce(col("author_name"), col("author_id")))
                .groupBy("incident_id", "outlet")
                .agg(min_by(col("channel"), col("published_at")).as("channel"), count(lit(1)).as("items"),
                        min("published_at").as("first_coverage_at"),
                        coalesce(sum("reposts"), lit(0L)).as("reposts"),
                        coalesce(sum("views"), lit(0L)).as("views"),
                        avg(score).as("mean_sentiment"),
                        count(when(score.lt(negativeBelow), true)).as("negative_items"))
                .withColumn("tone", tone(col("mean_sentiment")));
    }

    private static Dataset<Row> withCounts(Dataset<Row> posts) {
        return posts.withColumn("reposts_or_zero", coalesce(col("reposts"), lit(0L)))
                .withColumn("views_or_zero", coalesce(col("views"), lit(0L)));
    }

    /** The item's place in one list, null beyond {@value #TOP_ITEMS} or with a count of 0. */
    private static Column rank(String count) {
        Column place = row_number().over(Window.partitionBy("incident_id")
                .orderBy(desc(count), col("id")));
        return when(place.leq(TOP_ITEMS).and(col(count).gt(0)), place);
    }

    static Column tone(Column score) {
        return when(score.isNull(), lit(null).cast("string"))
                .when(score.lt(NEGATIVE_BELOW), lit("negative"))
                .when(score.geq(POSITIVE_FROM), lit("positive"))
                .otherwise(lit("neutral"));
    }
}
