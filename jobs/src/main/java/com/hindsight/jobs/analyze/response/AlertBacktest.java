package com.hindsight.jobs.analyze.response;

import static com.hindsight.jobs.analyze.MetricInputs.hoursBetween;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_seconds;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AlertRule;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.MetricInputs;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Would the early-warning rules have warned earlier than the bank did? Replays each
 * {@link AlertRule} over the hourly volume of channel {@code all} and compares the first hour it
 * holds with the first {@code detected} or {@code alert} action. See docs/metrics.md.
 *
 * <p>{@code fired_hour} is the start of the first hour whose totals meet the rule, and
 * {@code fired_at} the end of that hour: a monitor counting per clock hour knows the hour's totals
 * only when it closes, so that is when the rule would have fired. (Taking the start instead put
 * alerts before the first post on real data.) {@code lead_hours} may understate the real lead by
 * up to one hour, for a monitor that counts continuously.
 *
 * <p>Cost: the hourly rows of channel {@code all} times the number of rules (broadcast), one
 * aggregation, and joins on the incident id. Linear in the hourly rows.
 */
public final class AlertBacktest {
    private static final String METRIC = "AlertBacktest";

    private static final long SECONDS_PER_HOUR = 3_600L;

    private AlertBacktest() {
    }

    /**
     * @param hourly        hourly volume: incident_id, hour, channel, posts, negative_posts,
     *                      scored_posts
     * @param actions       the warehouse actions: incident_id, at, action
     * @param spreadSummary one row per incident: incident_id, first_mention
     * @return incident_id, rule, fired, fired_hour, fired_at, detected_at, lead_hours,
     *         hours_from_first_mention (of fired_at); one row per incident of the spread summary
     *         or the actions, and rule
     */
    public static Dataset<Row> of(Dataset<Row> hourly, Dataset<Row> actions,
                                  Dataset<Row> spreadSummary, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "hourly volume", hourly, "incident_id", "hour", "channel",
                "posts", "negative_posts", "scored_posts");
        MetricInputs.require(METRIC, "actions", actions, "incident_id", "at", "action");
        MetricInputs.require(METRIC, "spread summary", spreadSummary,
                "incident_id", "first_mention");

        Dataset<Row> rules = broadcast(rules(hourly.sparkSession(), options.alertRules()));
        Dataset<Row> fired = hourly.where(col("channel").equalTo("all"))
                .crossJoin(rules)
                .where(holds())
                .groupBy("incident_id", "rule").agg(min("hour").as("fired_hour"))
                .withColumn("fired_at", timestamp_seconds(unix_seconds(col("fired_hour"))
                        .plus(SECONDS_PER_HOUR)));
        Dataset<Row> detected = actions.where(col("incident_id").isNotNull().and(col("action")
                        .isin(Milestone.DETECTED.action().orElseThrow(),
                                Milestone.ALERT.action().orElseThrow())))
                .groupBy("incident_id").agg(min("at").as("detected_at"));
        Dataset<Row> incidents = spreadSummary.select("incident_id")
                .union(actions.select("incident_id"))
                .where(col("incident_id").isNotNull()).distinct();

        return incidents.crossJoin(rules.select("rule"))
                .join(fired, new String[] {"incident_id", "rule"}, "left")
                .join(detected, new String[] {"incident_id"}, "left")
                .join(spreadSummary.select("incident_id", "first_mention"),
                        new String[] {"incident_id"}, "left")
                .withColumn("fired", col("fired_at").isNotNull())
                .withColumn("lead_hours", hoursBetween(col("fired_at"), col("detected_at")))
                .withColumn("hours_from_first_mention",
                        hoursBetween(col("first_mention"), col("fired_at")))
                .select("incident_id", "rule", "fired", "fired_hour", "fired_at", "detected_at",
                        "lead_hours", "hours_from_first_mention");
    }

    /**
     * Volume reaches the minimum and, for a share rule, negative / scored reaches the share. The
     * division is exact-rounded, so a share exactly at the threshold (3 of 5 for 0.6) holds.
     */
    private static Column holds() {
        Column share = try_divide(col("negative_posts").cast("double"), col("scored_posts"));
        return col("posts").geq(col("min_posts_per_hour"))
                .and(col("min_negative_share").isNull()
                        .or(share.isNotNull().and(share.geq(col("min_negative_share")))));
    }

    private static Dataset<Row> rules(SparkSession spark, List<AlertRule> alertRules) {
        StructType schema = new StructType()
                .add("rule", DataTypes.StringType, false)
                .add("min_posts_per_hour", DataTypes.LongType, false)
                .add("min_negative_share", DataTypes.DoubleType, true);
        List<Row> rows = new ArrayList<>();
        for (AlertRule rule : alertRules) {
            rows.add(RowFactory.create(rule.name(), rule.minPostsPerHour(),
                    rule.minNegativeShare()));
        }
        return spark.createDataFrame(rows, schema);
    }
}
