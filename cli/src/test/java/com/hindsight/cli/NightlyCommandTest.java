package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight nightly} on a tiny archive with one bad record: all four stages publish, in
 * order, from each other's runs, and the exit code says records were quarantined; bad usage stops
 * it before anything is written.
 */
class NightlyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void runsTheFourStagesAndPublishesEachFromThePreviousOnesRun() throws IOException {
        Path archive = tinyArchive();
        Path warehouse = temp.resolve("warehouse");

        CommandRun nightly = CommandRun.of("nightly", "--input", archive.toString(), "--warehouse",
                warehouse.toString(), "--language", "zh", "--shuffle-partitions", "2");

        assertThat(nightly.exitCode()).as(nightly.err()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(nightly.out()).containsSubsequence("== ingest", "== analyze", "== index",
                "== report", "nightly: ingest ", " analyze ", " index ", " report ", " total ");
        String ingestRun = current(warehouse, "ingest");
        JsonNode ingest = json(warehouse.resolve("ingest").resolve(ingestRun)
                .resolve("ingest-summary.json"));
        assertThat(ingest.at("/tables/posts/accepted").asLong()).isEqualTo(3);
        assertThat(ingest.at("/tables/posts/quarantined").asLong()).isEqualTo(1);
        assertThat(warehouse.resolve("analyze").resolve(current(warehouse, "analyze"))
                .resolve("metrics/INC-1.json")).isRegularFile();
        JsonNode index = json(warehouse.resolve("index").resolve(current(warehouse, "index"))
                .resolve("index-summary.json"));
        assertThat(index.get("source_ingest_run").asText()).isEqualTo(ingestRun);
        assertThat(index.at("/documents/post").asLong()).isEqualTo(3);
        Path report = warehouse.resolve("report").resolve(current(warehouse, "report"));
        assertThat(report.resolve("zh/incidents/INC-1.xlsx")).isRegularFile();
        assertThat(json(report.resolve("report-summary.json")).get("analyze_run").asText())
                .isEqualTo(current(warehouse, "analyze"));

        Path manifest;
        try (var runs = Files.list(warehouse.resolve("_runs"))) {
            manifest = runs.filter(f -> f.getFileName().toString().endsWith("-nightly.json"))
                    .findFirst().orElseThrow();
        }
        assertThat(nightly.out()).contains("run manifest: " + manifest);
        JsonNode run = json(manifest);
        assertThat(run.get("outcome").asText()).isEqualTo("set_aside");
        assertThat(run.get("exit_code").asInt()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(run.findValuesAsText("stage")).containsExactly("ingest", "analyze", "index",
                "report");
        assertThat(run.at("/stages/0/run").asText()).isEqualTo(ingestRun);
        assertThat(run.at("/stages/0/summary/tables/posts/quarantined").asLong()).isEqualTo(1);
        assertThat(run.at("/stages/2/summary/documents/post").asLong()).isEqualTo(3);
        assertThat(run.at("/versions/spark").asText()).isEqualTo("4.1.0");
        assertThat(warehouse.resolve("_lock.json")).doesNotExist();

        CommandRun search = CommandRun.of("search", "--warehouse", warehouse.toString(), "--hits", "重复扣款");
        assertThat(search.exitCode()).as(search.err()).isEqualTo(ExitCodes.OK);
        assertThat(search.out()).contains("p1").contains("«");
    }

    @Test
    void badUsageStopsBeforeAnyStageWrites() throws IOException {
        Path warehouse = temp.resolve("untouched");

        CommandRun nightly = CommandRun.of("nightly", "--input", tinyArchive().toString(),
                "--warehouse", warehouse.toString(), "--as-of", "yesterday");

        assertThat(nightly.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nightly.err()).contains("--as-of \"yesterday\" is not a date");
        assertThat(warehouse).doesNotExist();
    }

    @Test
    void aMissingArchiveIsRefusedBeforeSparkStartsOrAnythingIsWritten() {
        Path warehouse = temp.resolve("warehouse");

        CommandRun nightly = CommandRun.of("nightly", "--input", temp.resolve("nowhere").toString(),
                "--warehouse", warehouse.toString(), "--shuffle-partitions", "2");

        assertThat(nightly.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nightly.err()).isEqualTo("error: archive folder " + temp.resolve("nowhere")
                + " not found (no such folder)" + System.lineSeparator());
        assertThat(nightly.out()).doesNotContain("== ingest");
        assertThat(warehouse).doesNotExist();
    }

    private Path tinyArchive() throws IOException {
        return TinyArchive.write(temp.resolve("archive"));
    }

    private static String current(Path warehouse, String stage) throws IOException {
        return Files.readString(warehouse.resolve(stage).resolve("CURRENT")).strip();
    }

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
