package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.playbook.IncidentTimeline;
import com.hindsight.playbook.Inject;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.playbook.PlaybookJson;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.PlaybookScorer;
import com.hindsight.playbook.TimelineAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight playbook} on a hand-built analyze run: the metrics documents and the timelines
 * file written as analyze writes them (no Spark here).
 */
class PlaybookCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path temp;
    Path warehouse;

    /** A drill: opened 09:00, first post 09:30, detected 09:00, statement 11:00, J2 unanswered. */
    private static final IncidentTimeline DRILL = new IncidentTimeline("DRL-1", "system_failure",
            "drill", Instant.parse("2025-03-01T01:00:00Z"), Instant.parse("2025-03-01T01:30:00Z"),
            List.of(new TimelineAction(Instant.parse("2025-03-01T01:00:00Z"), "monitoring",
                            "detected", null),
                    new TimelineAction(Instant.parse("2025-03-01T03:00:00Z"), "pr", "statement",
                            "J1")),
            List.of(new Inject("J1", Instant.parse("2025-03-01T02:30:00Z"), "journalist_call"),
                    new Inject("J2", Instant.parse("2025-03-01T04:00:00Z"), "regulator_call")));
    /** A real incident: first post 08:00, statement 14:00 (6 h: late against 4 h). */
    private static final IncidentTimeline REAL = new IncidentTimeline("INC-1", "system_failure",
            "real", Instant.parse("2025-01-10T00:00:00Z"), Instant.parse("2025-01-10T00:00:00Z"),
            List.of(new TimelineAction(Instant.parse("2025-01-10T06:00:00Z"), "pr", "statement",
                    null)), List.of());

    @BeforeEach
    void analyzeRun() throws IOException {
        warehouse = temp.resolve("warehouse");
        Path run = warehouse.resolve("analyze/20250301T000000Z-test");
        Files.createDirectories(run.resolve("metrics"));
        Files.createDirectories(run.resolve("playbook"));
        Files.writeString(warehouse.resolve("analyze/CURRENT"), "20250301T000000Z-test\n");
        PlaybookScorer scorer = new PlaybookScorer(PlaybookFile.defaultPlaybook());
        for (IncidentTimeline timeline : List.of(DRILL, REAL)) {
            PlaybookScore score = scorer.score(timeline);
            ObjectNode document = JSON.createObjectNode();
            document.put(MetricsContract.SCHEMA_VERSION_KEY, MetricsContract.SCHEMA_VERSION);
            document.putObject(MetricsContract.INCIDENT_KEY).put("id", timeline.incidentId())
                    .put("category", timeline.category());
            document.set("playbook", PlaybookJson.section(score, SHANGHAI));
            Files.write(run.resolve("metrics/" + timeline.incidentId() + ".json"),
                    JSON.writeValueAsBytes(document));
        }
        Files.write(run.resolve(MetricsContract.PLAYBOOK_TIMELINES_FILE),
                PlaybookJson.timelines(List.of(DRILL, REAL), SHANGHAI));
    }

    @Test
    void printsEachIncidentsStepsAndDrillsAgainstRealIncidents() {
        CommandRun result = CommandRun.of("playbook", "--warehouse", warehouse.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out())
                .contains("playbook hindsight-default, as published by analyze run"
                        + " 20250301T000000Z-test")
                // 09:00 detected, 30 minutes before the first post
                .contains("  detected            monitoring           1.0 h    -0.5 h  early")
                // 11:00 statement, 1.5 h after the first post
                .contains("  statement           pr                   4.0 h     1.5 h  met");
        assertThat(result.out())
                .contains("    J1             planned 2025-03-01 10:30  first reaction after 0.5 h")
                .contains("    J2             planned 2025-03-01 12:00  unanswered")
                // the real incident: 14:00 statement, 6 h after the 08:00 first post
                .contains("  statement           pr                   4.0 h     6.0 h  late by 2.0 h")
                .contains("system_failure: 1 drill, 1 real incident")
                .contains("  statement              4.0 h       1.5 h   1/1    1       6.0 h   1/1    0");
    }

    @Test
    void reScoresAgainstAnotherPlaybookFromThePublishedTimelines() throws IOException {
        Path strict = Files.writeString(temp.resolve("strict.yaml"), """
                name: strict
                steps:
                  - {action: statement, role: pr, from: first_mention, target_hours: 1}
                  - {action: regulator_informed, role: risk, from: detected, target_hours: 2}
                """);

        CommandRun result = CommandRun.of("playbook", "--warehouse", warehouse.toString(),
                "--playbook", strict.toString(), "--incident", "DRL-1", "--json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode json = readJson(result.out());
        assertThat(json.get("playbook").asText()).isEqualTo("strict");
        assertThat(json.get("incidents")).hasSize(1);
        JsonNode steps = json.at("/incidents/0/steps");
        assertThat(steps.get(0).get("status").asText()).isEqualTo("late"); // 1.5 h > 1 h
        assertThat(steps.get(1).get("status").asText()).isEqualTo("missed");
        assertThat(json.at("/incidents/0/injects/1/status").asText()).isEqualTo("unanswered");
        assertThat(json.at("/drills_vs_real/0/real_median_hours").asDouble()).isEqualTo(6.0);
    }

    @Test
    void aPlaybookFileWithErrorsIsExitTwoNamingTheFileAndStep() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.yaml"), """
                name: broken
                steps:
                  - {action: statement, role: spokesperson, from: first_mention, target_hours: 1}
                """);

        CommandRun result = CommandRun.of("playbook", "--warehouse", warehouse.toString(),
                "--playbook", broken.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("playbook file " + broken + ": step 1 (statement): role"
                + " \"spokesperson\" is not a role");
    }

    @Test
    void anUnknownIncidentOrAWarehouseWithoutAnalyzeIsExitTwo() {
        CommandRun unknown = CommandRun.of("playbook", "--warehouse", warehouse.toString(),
                "--incident", "INC-404");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("incident INC-404 is not in analyze run"
                + " 20250301T000000Z-test (it has 2 incidents: DRL-1, INC-1)");

        CommandRun empty = CommandRun.of("playbook", "--warehouse", temp.toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("run `hindsight analyze` first");
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(text, e);
        }
    }
}
