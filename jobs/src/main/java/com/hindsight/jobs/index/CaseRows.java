package com.hindsight.jobs.index;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import com.hindsight.search.cases.CaseRecord;
import com.hindsight.search.cases.ComplaintRecord;
import com.hindsight.search.cases.IncidentRecord;
import com.hindsight.search.cases.PostRecord;
import com.hindsight.search.cases.ReviewRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse tables as the index reads them: only the columns it needs, and for posts,
 * complaints and reviews the bank and category of their incident, so that every kind can be
 * filtered by them. Then one row becomes one {@link CaseRecord}: a row holds everything its
 * document is made of, so that its hash ({@link IndexedRows}) changes exactly when the document
 * does.
 */
final class CaseRows {
    private CaseRows() {
    }

    /** The column of an incident row holding its missed playbook steps. */
    static final String PLAYBOOK_MISSED = "playbook_missed";

    /**
     * Incidents with their response timeline, gathered from the actions table (sorted, so that a
     * row, and so its hash, does not depend on the order the actions were read in), and the
     * required playbook steps they missed.
     *
     * @param missedSteps per incident id, the required playbook steps never done
     */
    static Dataset<Row> incidents(Dataset<Row> incidents, Dataset<Row> actions,
                                  Map<String, List<String>> missedSteps) {
        Dataset<Row> timelines = actions.groupBy(col("incident_id"))
                .agg(array_sort(collect_list(struct("at", "role", "action", "note"))).as("timeline"));
        Dataset<Row> missed = missed(incidents.sparkSession(), missedSteps);
        return incidents.select("id", "bank", "title", "category", "opened_at", "closed_at", "query", "summary")
                .join(timelines, col("id").equalTo(timelines.col("incident_id")), "left")
                .drop(timelines.col("incident_id"))
                .join(broadcast(missed), col("id").equalTo(missed.col("missed_incident_id")), "left")
                .drop(missed.col("missed_incident_id"));
    }

    private static Dataset<Row> missed(SparkSession spark, Map<String, List<String>> missedSteps) {
        StructType schema = new StructType()
                .add("missed_incident_id", DataTypes.StringType, false)
                .add(PLAYBOOK_MISSED, DataTypes.createArrayType(DataTypes.StringType), false);
        List<Row> rows = missedSteps.entrySet().stream()
                .map(entry -> RowFactory.create(entry.getKey(), entry.getValue().toArray(String[]::new)))
                .toList();
        return spark.createDataFrame(rows, schema);
    }

    /** @param posts the posts table with the {@link IndexedRows#FILE} of each row */
    static Dataset<Row> posts(Dataset<Row> posts, Dataset<Row> incidents) {
        return withIncidentAttributes(posts.select("id", "channel", "published_at", "title", "text",
                "incident_id", IndexedRows.FILE), incidents);
    }

    /** @param complaints the complaints table with the {@link IndexedRows#FILE} of each row */
    static Dataset<Row> complaints(Dataset<Row> complaints, Dataset<Row> incidents) {
        return withIncidentAttributes(complaints.select("id", "channel", "received_at", "text",
                "incident_id", IndexedRows.FILE), incidents);
    }

    /**
     * The attributes of every incident that posts and complaints carry into their documents (id,
     * bank, category), one line each in id order: while they stay the same, a post's or
     * complaint's document depends on its own row only.
     */
    static String incidentAttributes(Dataset<Row> incidents) {
        StringBuilder text = new StringBuilder();
        for (Row row : incidents.select(col("id"), col("bank"), col("category")).orderBy("id")
                .collectAsList()) {
            text.append(row.getString(0)).append('\t').append(row.getString(1)).append('\t')
                    .append(row.getString(2)).append('\n');
        }
        return text.toString();
    }

    static Dataset<Row> reviews(Dataset<Row> reviews, Dataset<Row> incidents) {
        return withIncidentAttributes(reviews.select("incident_id", "reviewed_at", "root_cause",
                "went_well", "went_badly", "lessons", "actions"), incidents);
    }

    static CaseRecord incident(Row row) {
        List<IncidentRecord.TimelineStep> timeline = new ArrayList<>();
        for (Row step : CaseRows.<Row>list(row, "timeline")) {
            timeline.add(new IncidentRecord.TimelineStep(instant(step.getAs("at")),
                    step.getAs("role"), step.getAs("action"), step.getAs("note")));
        }
        return new IncidentRecord(row.getAs("id"), row.getAs("bank"), row.getAs("title"),
                row.getAs("category"), instant(row.getAs("opened_at")), instant(row.getAs("closed_at")),
                row.getAs("query"), row.getAs("summary"), timeline, list(row, PLAYBOOK_MISSED));
    }

    static CaseRecord post(Row row) {
        return new PostRecord(row.getAs("id"), row.getAs("channel"), instant(row.getAs("published_at")),
                row.getAs("title"), row.getAs("text"), row.getAs("incident_id"), row.getAs("bank"),
                row.getAs("category"));
    }

    static CaseRecord complaint(Row row) {
        return new ComplaintRecord(row.getAs("id"), row.getAs("channel"),
                instant(row.getAs("received_at")), row.getAs("text"), row.getAs("incident_id"),
                row.getAs("bank"), row.getAs("category"));
    }

    static CaseRecord review(Row row) {
        List<ReviewRecord.ActionItem> actions = new ArrayList<>();
        for (Row item : CaseRows.<Row>list(row, "actions")) {
            actions.add(new ReviewRecord.ActionItem(item.getAs("title"), item.getAs("owner"),
                    date(item.getAs("due")), item.getAs("status")));
        }
        return new ReviewRecord(row.getAs("incident_id"), instant(row.getAs("reviewed_at")),
                row.getAs("root_cause"), list(row, "went_well"), list(row, "went_badly"),
                list(row, "lessons"), actions, row.getAs("bank"), row.getAs("category"));
    }

    private static Dataset<Row> withIncidentAttributes(Dataset<Row> rows, Dataset<Row> incidents) {
        // the register is small: a broadcast join copies it to every task instead of shuffling
        Dataset<Row> attributes = incidents.select(col("id").as("incident_id"), col("bank"),
                col("category"));
        return rows.join(broadcast(attributes), rows.col("incident_id")
                        .equalTo(attributes.col("incident_id")), "left")
                .drop(attributes.col("incident_id"));
    }

    private static <T> List<T> list(Row row, String column) {
        int index = row.fieldIndex(column);
        return row.isNullAt(index) ? List.of() : row.getList(index);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value; // null, or an Instant under spark.sql.datetime.java8API.enabled
    }

    private static LocalDate date(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }
}
