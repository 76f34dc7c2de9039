package com.hindsight.jobs.playbook;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.hindsight.model.SourceTable;
import com.hindsight.model.Vocabulary;
import com.hindsight.playbook.IncidentTimeline;
import com.hindsight.playbook.Inject;
import com.hindsight.playbook.TimelineAction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Every incident's timeline as the playbook scorer reads it, collected on the driver: the
 * register, the actions and the injects (a few rows per incident) and one row per incident of
 * the posts (the first post and the first official post: an official post is the bank's
 * statement, as in the response times). Cost: one aggregation of the posts' incident_id,
 * published_at and is_official columns.
 */
public final class PlaybookTimelines {
    /** The role a statement made as an official post is credited to. */
    static final String OFFICIAL_POST_ROLE = "pr";
    static final String STATEMENT = "statement";
    static final String FIRST_POST = "first_post_at";
    static final String FIRST_OFFICIAL_POST = "first_official_post_at";

    private PlaybookTimelines() {
    }

    /**
     * @param incidents id, category, opened_at and (from this version on) kind
     * @param actions   incident_id, at, role, action and (from this version on) inject_id
     * @param injects   id, incident_id, planned_at, kind; null for an ingest run without them
     * @param posts     incident_id, published_at, is_official
     * @return one timeline per incident of the register, in id order
     */
    public static List<IncidentTimeline> collect(Dataset<Row> incidents, Dataset<Row> actions,
                                                 Dataset<Row> injects, Dataset<Row> posts) {
        return collectWithFirstPosts(incidents, actions, injects, firstPosts(posts));
    }

    /**
     * Per incident, the first post and the first official post: the part of a timeline that
     * comes from the posts. One aggregation of the posts' incident_id, published_at and
     * is_official columns; a table of its own so that analyze can keep an untouched incident's
     * row from its previous run.
     *
     * @return incident_id, {@value #FIRST_POST}, {@value #FIRST_OFFICIAL_POST}
     */
    public static Dataset<Row> firstPosts(Dataset<Row> posts) {
        return posts.where(col("incident_id").isNotNull()).groupBy("incident_id")
                .agg(min("published_at").as(FIRST_POST), min(when(col("is_official").equalTo(true),
                        col("published_at"))).as(FIRST_OFFICIAL_POST));
    }

    /**
     * As {@link #collect}, with the posts' part already aggregated by {@link #firstPosts}.
     */
    public static List<IncidentTimeline> collectWithFirstPosts(Dataset<Row> incidents,
                                                               Dataset<Row> actions,
                                                               Dataset<Row> injects,
                                                               Dataset<Row> firstPosts) {
        Map<String, List<TimelineAction>> actionsBy = new HashMap<>();
        for (Row row : actions.where(col("incident_id").isNotNull().and(col("at").isNotNull()))
                .select(col("incident_id"), col("at"), col("role"), col("action"),
                        optional(actions, "inject_id")).collectAsList()) {
            actionsBy.computeIfAbsent(row.getString(0), id -> new ArrayList<>())
                    .add(new TimelineAction(instant(row.get(1)), row.getString(2),
                            row.getString(3), row.getString(4)));
        }
        Map<String, List<Inject>> injectsBy = new HashMap<>();
        if (injects != null) {
            for (Row row : injects.select("incident_id", "id", "planned_at", "kind")
                    .collectAsList()) {
                injectsBy.computeIfAbsent(row.getString(0), id -> new ArrayList<>())
                        .add(new Inject(row.getString(1), instant(row.get(2)), row.getString(3)));
            }
        }
        Map<String, Row> firstPostOf = new HashMap<>();
        for (Row row : firstPosts.select("incident_id", FIRST_POST, FIRST_OFFICIAL_POST)
                .collectAsList()) {
            firstPostOf.put(row.getString(0), row);
        }
        List<IncidentTimeline> timelines = new ArrayList<>();
        for (Row row : incidents.select(col("id"), col("category"), optional(incidents, "kind"),
                col("opened_at")).orderBy("id").collectAsList()) {
            String id = row.getString(0);
            List<TimelineAction> recorded = new ArrayList<>(actionsBy.getOrDefault(id, List.of()));
            Row first = firstPostOf.get(id);
            if (first != null && !first.isNullAt(2)) {
                recorded.add(new TimelineAction(instant(first.get(2)), OFFICIAL_POST_ROLE,
                        STATEMENT, null));
            }
            String kind = row.isNullAt(2) ? Vocabulary.REAL : row.getString(2);
            timelines.add(new IncidentTimeline(id, row.getString(1), kind, instant(row.get(3)),
                    first == null ? null : instant(first.get(1)), recorded,
                    injectsBy.getOrDefault(id, List.of())));
        }
        return timelines;
    }

    /**
     * The injects table of a published ingest run, or null for a run of a version before drills
     * (it has no such table).
     */
    public static Dataset<Row> injects(SparkSession spark, String ingestRunFolder) {
        try {
            return spark.read().parquet(ingestRunFolder + "/" + SourceTable.INJECTS.tableName());
        } catch (Exception e) {
            // Spark's AnalysisException is a checked exception thrown undeclared (Scala)
            if (e instanceof AnalysisException analysis
                    && "PATH_NOT_FOUND".equals(analysis.getCondition())) {
                return null;
            }
            throw e;
        }
    }

    /** The register without its drills (an ingest run before drills had only real incidents). */
    public static Dataset<Row> realIncidents(Dataset<Row> incidents) {
        return List.of(incidents.columns()).contains("kind")
                ? incidents.filter(col("kind").isNull().or(col("kind").notEqual(Vocabulary.DRILL)))
                : incidents;
    }

    /** A column an ingest run of an earlier version lacks reads as null. */
    private static Column optional(Dataset<Row> table, String column) {
        return List.of(table.columns()).contains(column) ? col(column)
                : lit(null).cast(DataTypes.StringType).as(column);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
