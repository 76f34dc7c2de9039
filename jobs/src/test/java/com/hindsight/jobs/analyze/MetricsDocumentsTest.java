package com.hindsight.jobs.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.jobs.SparkTestSession;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class MetricsDocumentsTest {
    private final SparkSession spark = SparkTestSession.get();

    @Test
    void writesOneDocumentPerIncidentWithObjectAndOrderedListSections() throws IOException {
        StructType register = new StructType().add("id", DataTypes.StringType)
                .add("bank", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("category", DataTypes.StringType).add("opened_at", DataTypes.TimestampType)
                .add("closed_at", DataTypes.TimestampType);
        Dataset<Row> incidents = spark.createDataFrame(List.of(
                RowFactory.create("B", "b", "t", "other",
                        Timestamp.from(Instant.parse("2024-03-05T01:30:00Z")), null),
                RowFactory.create("A", "a", "t", "data_leak",
                        Timestamp.from(Instant.parse("2024-03-05T01:30:00Z")), null)), register);
        Dataset<Row> summary = spark.createDataFrame(List.of(RowFactory.create("A", 12L)),
                new StructType().add("incident_id", DataTypes.StringType)
                        .add("total_posts", DataTypes.LongType));
        Dataset<Row> hourly = spark.createDataFrame(List.of(
                RowFactory.create("A", 2, 5L), RowFactory.create("A", 1, 7L)),
                new StructType().add("incident_id", DataTypes.StringType)
                        .add("hour", DataTypes.IntegerType).add("posts", DataTypes.LongType));

        Map<String, JsonNode> documents = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        MetricsDocuments.write(incidents, java.time.LocalDate.parse("2026-12-02"), List.of(MetricsSection.object("spread", summary),
                        MetricsSection.list("hourly", hourly, "hour")),
                (id, bytes) -> documents.put(id, read(json, bytes)));

        assertThat(documents).containsOnlyKeys("A", "B");
        JsonNode a = documents.get("A");
        assertThat(a.get("schema_version").asInt()).isEqualTo(MetricsContract.SCHEMA_VERSION);
        assertThat(a.get("as_of").asText()).isEqualTo("2026-12-02");
        assertThat(a.fieldNames()).toIterable().containsExactlyElementsOf(List.of("schema_version",
                "as_of", "incident", "spread", "hourly"));
        // the session zone is Asia/Shanghai: 01:30Z is 09:30+08:00
        assertThat(a.at("/incident/opened_at").asText()).isEqualTo("2024-03-05T09:30:00+08:00");
        assertThat(a.at("/spread/total_posts").asLong()).isEqualTo(12);
        assertThat(a.at("/hourly/0/hour").asInt()).isEqualTo(1);
        assertThat(a.at("/hourly/1/posts").asLong()).isEqualTo(5);
        JsonNode b = documents.get("B");
        assertThat(b.get("spread").isNull()).isTrue();
        assertThat(b.at("/incident/closed_at").isNull()).isTrue();
    }

    private static JsonNode read(ObjectMapper json, byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
