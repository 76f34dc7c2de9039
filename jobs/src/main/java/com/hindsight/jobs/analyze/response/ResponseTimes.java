package com.hindsight.jobs.analyze.response;

import static com.hindsight.jobs.analyze.MetricInputs.hoursBetween;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.MetricInputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * When each step of the response happened, measured from the first mention and against its
 * target: one row per incident and {@link Milestone}. See docs/metrics.md.
 *
 * <p>Cost: one aggregation of the actions, one of the official posts (a filter and a min per
 * incident, no post leaves its partition), and joins on the incident id; the milestone table is
 * broadcast. Linear in the input.
 */
public final class ResponseTimes {
    /** The order of the response process; step lags run along it. */
    public static final List<Milestone> PROCESS = List.of(Milestone.DETECTED, Milestone.ALERT,
            Milestone.VERIFIED, Milestone.PLAN_ACTIVATED, Milestone.FIRST_STATEMENT,
            Milestone.REGULATOR_INFORMED, Milestone.FIXED, Milestone.CLOSED);

    /** {@code statement_source} of a first statement found in the actions timeline. */
    public static final String FROM_ACTION = "action";
    /** {@code statement_source} of a first statement that was an official post. */
    public static final String FROM_OFFICIAL_POST = "official_post";

    public static final String MET = "met";
    public static final String LATE = "late";
    public static final String MISSING = "missing";
    public static final String NO_TARGET = "no_target";
    public static final String NO_FIRST_MENTION = "no_first_mention";

    private static final String METRIC = "ResponseTimes";

    private ResponseTimes() {
    }

    /**
     * @param actions       the warehouse actions: incident_id, at, action
     * @param posts         the warehouse posts: incident_id, published_at, is_official
     * @param spreadSummary one row per incident: incident_id, first_mention, subsided_at
     * @return incident_id, step, milestone, at, statement_source, first_mention,
     *         hours_from_first_mention, target_hours, met_target, missing, target_status,
     *         previous_milestone, hours_from_previous
     */
    public static Dataset<Row> of(Dataset<Row> actions, Dataset<Row> posts,
                                  Dataset<Row> spreadSummary, AnalyzeOptions options) {
        MetricInputs.require(METRIC, "actions", actions, "incident_id", "at", "action");
        MetricInputs.require(METRIC, "posts", posts, "incident_id", "published_at", "is_official");
        MetricInputs.require(METRIC, "spread summary", spreadSummary,
                "incident_id", "first_mention", "subsided_at");

        Dataset<Row> incidents = spreadSummary.select("incident_id")
                .union(actions.select("incident_id"))
                .where(col("incident_id").isNotNull()).distinct();
        Dataset<Row> firstActions = actions.where(col("incident_id").isNotNull())
                .groupBy(col("incident_id"), col("action").as("action_code"))
                .agg(min("at").as("action_at"));
        Dataset<Row> firstOfficialPosts = posts
                .where(col("is_official").equalTo(true).and(col("incident_id").isNotNull()))
                .groupBy("incident_id").agg(min("published_at").as("official_at"));
        Dataset<Row> spread = spreadSummary.select("incident_id", "first_mention", "subsided_at");

        Dataset<Row> found = incidents
                .crossJoin(broadcast(milestones(actions.sparkSession(), options)))
                .join(firstActions, new String[] {"incident_id", "action_code"}, "left")
                .join(firstOfficialPosts, new String[] {"incident_id"}, "left")
                .join(spread, new String[] {"incident_id"}, "left")
                .withColumn("at", occurrence())
                .withColumn("statement_source", statementSource());
        return withStepLags(withTargetStatus(found)).select("incident_id", "step", "milestone",
                "at", "statement_source", "first_mention", "hours_from_first_mention",
                "target_hours", "met_target", "missing", "target_status", "previous_milestone",
                "hours_from_previous");
    }

    /** The first occurrence: subsided from the spread; first statement from either source. */
    private static Column occurrence() {
        return when(col("milestone").equalTo(Milestone.SUBSIDED.key()), col("subsided_at"))
                .when(col("milestone").equalTo(Milestone.FIRST_STATEMENT.key()),
                        least(col("action_at"), col("official_at")))
                .otherwise(col("action_at"));
    }

    /** On a tie the action wins: the timeline is the bank's own record of the statement. */
    private static Column statementSource() {
        Column isStatement = col("milestone").equalTo(Milestone.FIRST_STATEMENT.key());
        Column actionFirst = col("action_at").isNotNull().and(col("official_at").isNull()
                .or(col("action_at").leq(col("official_at"))));
        return when(isStatement.and(actionFirst), lit(FROM_ACTION))
                .when(isStatement.and(col("official_at").isNotNull()), lit(FROM_OFFICIAL_POST))
                .otherwise(lit(null).cast(DataTypes.StringType));
    }

    private static Dataset<Row> withTargetStatus(Dataset<Row> found) {
        Column hours = col("hours_from_first_mention");
        Column missing = col("at").isNull();
        Column unjudged = missing.or(hours.isNull()).or(col("target_hours").isNull());
        return found
                .withColumn("hours_from_first_mention",
                        hoursBetween(col("first_mention"), col("at")))
                .withColumn("missing", missing)
                .withColumn("met_target", when(unjudged, lit(null).cast(DataTypes.BooleanType))
                        .otherwise(hours.leq(col("target_hours"))))
                .withColumn("target_status", when(missing, lit(MISSING))
                        .when(col("first_mention").isNull(), lit(NO_FIRST_MENTION))
                        .when(col("target_hours").isNull(), lit(NO_TARGET))
                        .when(col("met_target"), lit(MET))
                        .otherwise(lit(LATE)));
    }

    /**
     * The lag from the nearest earlier step of {@link #PROCESS} that happened, skipping steps with
     * no record; a step that did not happen, the first step, and steps outside the process (root
     * cause found, subsided) get nulls. Per incident the window holds ten rows.
     */
    private static Dataset<Row> withStepLags(Dataset<Row> timed) {
        // steps outside the process sort first and are masked out, so one window serves all rows
        WindowSpec earlier = Window.partitionBy("incident_id")
                .orderBy(col("process_position").asc_nulls_first())
                .rowsBetween(Window.unboundedPreceding(), -1);
        Column happened = col("process_position").isNotNull().and(col("at").isNotNull());
        return timed
                .withColumn("previous_milestone", when(happened,
                        last(when(happened, col("milestone")), true).over(earlier)))
                .withColumn("previous_at", when(happened,
                        last(when(happened, col("at")), true).over(earlier)))
                .withColumn("hours_from_previous", hoursBetween(col("previous_at"), col("at")));
    }

    /** One row per milestone: its key, action code, target, step number and process position. */
    private static Dataset<Row> milestones(SparkSession spark, AnalyzeOptions options) {
        StructType schema = new StructType()
                .add("milestone", DataTypes.StringType, false)
                .add("step", DataTypes.IntegerType, false)
                .add("action_code", DataTypes.StringType, true)
                .add("target_hours", DataTypes.DoubleType, true)
                .add("process_position", DataTypes.IntegerType, true);
        List<Row> rows = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Duration target = options.responseTargets().get(milestone);
            int position = PROCESS.indexOf(milestone);
            rows.add(RowFactory.create(milestone.key(), milestone.ordinal() + 1,
                    milestone.action().orElse(null),
                    target == null ? null : MetricInputs.hours(target),
                    position < 0 ? null : position));
        }
        return spark.createDataFrame(rows, schema);
    }
}
