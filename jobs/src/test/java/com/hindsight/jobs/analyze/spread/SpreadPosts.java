package com.hindsight.jobs.analyze.spread;

import com.hindsight.jobs.SparkTestSession;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Builds tiny posts tables for the spread tests: the warehouse posts columns (from the data
 * contract, in its order) plus {@code sentiment_score}. Unset fields are null.
 */
final class SpreadPosts {
    static final StructType SCHEMA = schema();

    private final Map<String, Object> values = new HashMap<>();

    private SpreadPosts(String id, String incidentId, String publishedAt) {
        values.put("source_file", "media/test.jsonl");
        values.put("source_line", 1L);
        values.put("id", id);
        values.put("incident_id", incidentId);
        values.put("published_at", ts(publishedAt));
        values.put("channel", "weibo");
        values.put("text", "text of " + id);
        values.put("incident_link", incidentId == null ? null : "archive");
    }

    /** A weibo post; {@code publishedAt} is ISO-8601 with an offset. */
    static SpreadPosts post(String id, String incidentId, String publishedAt) {
        return new SpreadPosts(id, incidentId, publishedAt);
    }

    /** An instant from ISO-8601 with an offset, e.g. {@code 2024-03-04T23:00:00+08:00}. */
    static Timestamp ts(String isoWithOffset) {
        return Timestamp.from(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    static Dataset<Row> dataset(SpreadPosts... posts) {
        return dataset(Arrays.asList(posts));
    }

    static Dataset<Row> dataset(List<SpreadPosts> posts) {
        List<Row> rows = new ArrayList<>();
        for (SpreadPosts post : posts) {
            rows.add(post.row());
        }
        return SparkTestSession.get().createDataFrame(rows, SCHEMA);
    }

    SpreadPosts channel(String channel) {
        return set("channel", channel);
    }

    SpreadPosts author(String authorId, String name, Long followers) {
        set("author_id", authorId);
        set("author_name", name);
        return set("author_followers", followers);
    }

    SpreadPosts official(Boolean official) {
        return set("is_official", official);
    }

    SpreadPosts parent(String parentId) {
        return set("parent_id", parentId);
    }

    /** A score from the archive (source null when the score is null). */
    SpreadPosts score(Double score) {
        return score(score, score == null ? null : "archive");
    }

    SpreadPosts score(Double score, String source) {
        set("sentiment_source", source);
        return set("sentiment_score", score);
    }

    SpreadPosts counts(Long views, Long reposts, Long comments, Long likes) {
        set("views", views);
        set("reposts", reposts);
        set("comments", comments);
        return set("likes", likes);
    }

    private SpreadPosts set(String column, Object value) {
        values.put(column, value);
        return this;
    }

    private Row row() {
        Object[] row = new Object[SCHEMA.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = values.get(SCHEMA.fields()[i].name());
        }
        return RowFactory.create(row);
    }

    private static StructType schema() {
        StructType schema = new StructType()
                .add("source_file", DataTypes.StringType)
                .add("source_line", DataTypes.LongType);
        for (FieldSpec field : SourceTable.MEDIA.fields()) {
            schema = schema.add(field.name(), type(field));
        }
        return schema.add("incident_link", DataTypes.StringType)
                .add("sentiment_score", DataTypes.DoubleType)
                .add("sentiment_source", DataTypes.StringType);
    }

    private static DataType type(FieldSpec field) {
        return switch (field.type()) {
            case TIMESTAMP -> DataTypes.TimestampType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }
}
