package com.hindsight.jobs.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.analyze.MetricsDocuments;
import com.hindsight.jobs.analyze.MetricsSection;
import com.hindsight.playbook.IncidentTimeline;
import com.hindsight.playbook.Inject;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.playbook.PlaybookJson;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.PlaybookScorer;
import com.hindsight.playbook.StepStatus;
import com.hindsight.playbook.TimelineAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
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

/** From warehouse tables to the metrics document's playbook section, through Spark. */
class PlaybookSectionTest {
    private final SparkSession spark = SparkTestSession.get();

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private Dataset<Row> incidents() {
        return spark.createDataFrame(List.of(
                RowFactory.create("DRL-1", "b", "drill", "system_failure",
                        at("2025-03-01T01:00:00Z"), null, "drill"),
                RowFactory.create("INC-1", "b", "outage", "system_failure",
                        at("2025-02-01T01:00:00Z"), null, null)), new StructType()
                .add("id", DataTypes.StringType).add("bank", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("category", DataTypes.StringType)
                .add("opened_at", DataTypes.TimestampType).add("closed_at", DataTypes.TimestampType)
                .add("kind", DataTypes.StringType));
    }

    private Dataset<Row> actions() {
        return spark.createDataFrame(List.of(
                RowFactory.create("DRL-1", at("2025-03-01T01:00:00Z"), "monitoring", "detected", null),
                RowFactory.create("DRL-1", at("2025-03-01T01:20:00Z"), "management",
                        "plan_activated", "J1"),
                RowFactory.create("INC-1", at("2025-02-01T03:00:00Z"), "monitoring", "detected",
                        null)), new StructType()
                .add("incident_id", DataTypes.StringType).add("at", DataTypes.TimestampType)
                .add("role", DataTypes.StringType).add("action", DataTypes.StringType)
                .add("inject_id", DataTypes.StringType));
    }

    private Dataset<Row> injects() {
        return spark.createDataFrame(List.of(
                RowFactory.create("J1", "DRL-1", at("2025-03-01T01:15:00Z"), "customer_call"),
                RowFactory.create("J2", "DRL-1", at("2025-03-01T02:00:00Z"), "regulator_call")),
                new StructType().add("id", DataTypes.StringType)
                        .add("incident_id", DataTypes.StringType)
                        .add("planned_at", DataTypes.TimestampType)
                        .add("kind", DataTypes.StringType));
    }

    private Dataset<Row> posts() {
        return spark.createDataFrame(List.of(
                RowFactory.create("INC-1", at("2025-02-01T02:00:00Z"), false),
                RowFactory.create("INC-1", at("2025-02-01T07:00:00Z"), true),
                RowFactory.create("INC-1", at("2025-02-01T06:00:00Z"), true),
                RowFactory.create(null, at("2025-01-01T00:00:00Z"), true)), new StructType()
                .add("incident_id", DataTypes.StringType)
                .add("published_at", DataTypes.TimestampType)
                .add("is_official", DataTypes.BooleanType));
    }

    @Test
    void collectsEachIncidentsTimelineWithTheFirstOfficialPostAsItsStatement() {
        List<IncidentTimeline> timelines = PlaybookTimelines.collect(incidents(), actions(),
                injects(), posts());

        assertThat(timelines).containsExactly(
                new IncidentTimeline("DRL-1", "system_failure", "drill",
                        Instant.parse("2025-03-01T01:00:00Z"), null, List.of(
                        new TimelineAction(Instant.parse("2025-03-01T01:00:00Z"), "monitoring",
                                "detected", null),
                        new TimelineAction(Instant.parse("2025-03-01T01:20:00Z"), "management",
                                "plan_activated", "J1")), List.of(
                        new Inject("J1", Instant.parse("2025-03-01T01:15:00Z"), "customer_call"),
                        new Inject("J2", Instant.parse("2025-03-01T02:00:00Z"), "regulator_call"))),
                // no kind: real; first post 02:00; the first official post (06:00) a statement
                new IncidentTimeline("INC-1", "system_failure", "real",
                        Instant.parse("2025-02-01T01:00:00Z"), Instant.parse("2025-02-01T02:00:00Z"),
                        List.of(new TimelineAction(Instant.parse("2025-02-01T03:00:00Z"),
                                        "monitoring", "detected", null),
                                new TimelineAction(Instant.parse("2025-02-01T06:00:00Z"), "pr",
                                        "statement", null)), List.of()));
    }

    @Test
    void theSectionSparkWritesIsTheOneTheCommandReadsBack() {
        List<IncidentTimeline> timelines = PlaybookTimelines.collect(incidents(), actions(),
                injects(), posts());
        List<PlaybookScore> scores = new PlaybookScorer(PlaybookFile.defaultPlaybook())
                .scoreAll(timelines);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();

        MetricsDocuments.write(incidents(), java.time.LocalDate.of(2025, 11, 14),
                List.of(MetricsSection.object("playbook",
                PlaybookTables.scores(spark, scores))), (id, bytes) -> documents.put(id,
                read(json, bytes)));

        ZoneId zone = ZoneId.of(spark.conf().get("spark.sql.session.timeZone"));
        for (PlaybookScore score : scores) {
            JsonNode section = documents.get(score.incidentId()).get("playbook");
            assertThat(section).isEqualTo(PlaybookJson.section(score, zone));
            assertThat(PlaybookJson.scoreOf(score.incidentId(), score.category(), section))
                    .isEqualTo(score);
        }
        JsonNode drill = documents.get("DRL-1").get("playbook");
        assertThat(drill.get("kind").asText()).isEqualTo("drill");
        // plan activated 01:20, 20 minutes after detection at 01:00
        assertThat(drill.at("/steps/4/action").asText()).isEqualTo("plan_activated");
        assertThat(drill.at("/steps/4/hours").asDouble()).isEqualTo(1.0 / 3);
        assertThat(drill.at("/steps/4/status").asText()).isEqualTo(StepStatus.MET.key());
        assertThat(drill.at("/injects/0/planned_at").asText())
                .isEqualTo("2025-03-01T09:15:00+08:00");
        assertThat(drill.at("/injects/0/reaction_hours").asDouble()).isEqualTo(5.0 / 60);
        assertThat(drill.at("/injects/1/status").asText()).isEqualTo("unanswered");
        assertThat(drill.at("/injects/1/reaction_hours").isNull()).isTrue();
    }

    private static JsonNode read(ObjectMapper json, byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
