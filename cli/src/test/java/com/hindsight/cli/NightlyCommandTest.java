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

        // the same documents again: the incident workbook is carried over, --full rewrites it
        CommandRun again = CommandRun.of("report", "--warehouse", warehouse.toString(),
                "--language", "zh");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("workbooks: 1 written, 1 unchanged and carried over,");
        CommandRun full = CommandRun.of("report", "--warehouse", warehouse.toString(),
                "--language", "zh", "--full");
        assertThat(full.out()).contains("workbooks: 2 written, 0 unchanged and carried over"
                + " (--full),");
    }

    /**
     * The config file gives the archive, the warehouse and the analysis settings: a changed alert
     * rule and first-statement target change the metrics documents, and the report shows the
     * configured target (read from the data, not from analyze's defaults).
     */
    @Test
    void theConfigFileGivesThePathsAndTheAnalysisSettings() throws IOException {
        Path archive = tinyArchive();
        Path warehouse = temp.resolve("configured");
        Path config = Files.writeString(temp.resolve("hindsight.json"), "{\"analysis\": {"
                + "\"response_targets_hours\": {\"first_statement\": 1.5},"
                + " \"alert_rules\": [{\"name\": \"any_post\", \"min_posts_per_hour\": 1}]},"
                + " \"paths\": {\"archive\": \"" + archive + "\", \"warehouse\": \"" + warehouse
                + "\"}}");

        CommandRun nightly = CommandRun.of("nightly", "--config", config.toString(),
                "--shuffle-partitions", "2");

        assertThat(nightly.exitCode()).as(nightly.err()).isEqualTo(ExitCodes.SET_ASIDE);
        Path metrics = warehouse.resolve("analyze").resolve(current(warehouse, "analyze"))
                .resolve("metrics");
        JsonNode incident = json(metrics.resolve("INC-1.json"));
        JsonNode statement = row(incident.get("response_times"), "milestone", "first_statement");
        // first mention 10:00, statement 12:00: 2 hours, late against 1.5 (met against 4)
        assertThat(statement.get("hours_from_first_mention").asDouble()).isEqualTo(2.0);
        assertThat(statement.get("target_hours").asDouble()).isEqualTo(1.5);
        assertThat(statement.get("target_status").asText()).isEqualTo("late");
        assertThat(row(incident.get("response_times"), "milestone", "detected")
                .get("target_hours").asDouble()).isEqualTo(1.0);
        assertThat(incident.get("early_warning").findValuesAsText("rule"))
                .containsExactly("any_post");
        assertThat(row(incident.get("early_warning"), "rule", "any_post").get("fired").asBoolean())
                .isTrue();
        assertThat(row(json(metrics.resolve("portfolio.json")).get("response_targets"),
                "milestone", "first_statement").get("target_hours").asDouble()).isEqualTo(1.5);
        Path report = warehouse.resolve("report").resolve(current(warehouse, "report"));
        try (var in = Files.newInputStream(report.resolve("en/incidents/INC-1.xlsx"));
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var brief = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row figure = null;
            for (org.apache.poi.ss.usermodel.Row line : brief) {
                var first = line.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals("Hours to First statement")) {
                    figure = line;
                }
            }
            assertThat(figure).as("the brief's first-statement row").isNotNull();
            assertThat(figure.getCell(3).getNumericCellValue()).isEqualTo(1.5);
            assertThat(figure.getCell(4).getStringCellValue()).isEqualTo("missed (late)");
        }
    }

    private static JsonNode row(JsonNode rows, String key, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(key).asText())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + key + " = " + value + " in " + rows);
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
