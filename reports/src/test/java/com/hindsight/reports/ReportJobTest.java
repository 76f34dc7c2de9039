package com.hindsight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage against a warehouse holding a published analyze run of hand-made documents: what it
 * publishes, what it skips, and that a rerun gives the same workbooks (IncrementalReportTest:
 * what a rerun rewrites and what it carries over).
 */
class ReportJobTest {
    private static final String ANALYZE_RUN = "20240101T000000Z-0001";

    @TempDir
    Path warehouse;

    private Path metrics() {
        return warehouse.resolve("analyze").resolve(ANALYZE_RUN).resolve("metrics");
    }

    private void publishAnalyzeRun() throws IOException {
        Files.createDirectories(metrics());
        Files.write(metrics().resolve("INC-T-001.json"), Fixtures.bytes(Fixtures.INCIDENT));
        Files.write(metrics().resolve("INC-T-002.json"), Fixtures.incidentWith(tree ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("incident"))
                        .put("id", "INC-T-002")));
        Files.write(metrics().resolve("portfolio.json"), Fixtures.bytes(Fixtures.PORTFOLIO));
        Files.writeString(warehouse.resolve("analyze/CURRENT"), ANALYZE_RUN + "\n");
    }

    private Published<ReportSummary> publish(ReportOptions options) {
        return new ReportJob(options).run(Warehouse.local(warehouse), 3);
    }

    private ReportSummary run(ReportOptions options) {
        return publish(options).summary();
    }

    private Path published() throws IOException {
        String run = Files.readString(warehouse.resolve("report/CURRENT")).strip();
        return warehouse.resolve("report").resolve(run);
    }

    @Test
    void publishesAWorkbookPerIncidentThePortfolioChartsAndSummary() throws IOException {
        publishAnalyzeRun();

        Published<ReportSummary> report = publish(ReportOptions.allIncidents(Language.EN));
        ReportSummary summary = report.summary();

        Path run = published();
        assertThat(run.getFileName().toString()).isEqualTo(report.run().runId());
        assertThat(report.run().display()).isEqualTo(run.toString());
        assertThat(run.resolve("en/incidents/INC-T-001.xlsx")).isRegularFile();
        assertThat(run.resolve("en/incidents/INC-T-002.xlsx")).isRegularFile();
        assertThat(run.resolve("en/portfolio.xlsx")).isRegularFile();
        assertThat(run.resolve("en/charts/INC-T-001/hourly-volume.png")).isRegularFile();
        assertThat(run.resolve("en/charts/portfolio/severity-ranking.png")).isRegularFile();
        assertThat(summary.workbooks()).containsExactly("en/incidents/INC-T-001.xlsx",
                "en/incidents/INC-T-002.xlsx", "en/portfolio.xlsx");
        assertThat(summary.charts()).isEqualTo(4 + 4 + 2);
        JsonNode json = Fixtures.JSON.readTree(run.resolve("report-summary.json").toFile());
        assertThat(json.get("analyze_run").asText()).isEqualTo(ANALYZE_RUN);
        assertThat(json.get("incidents")).hasSize(2);
        assertThat(json.at("/incidents/0/seconds").asDouble()).isPositive();
        assertThat(json.get("skipped_total").asInt()).isZero();
        assertThat(json.get("total_seconds").asDouble()).isPositive();
        try (Stream<Path> staging = Files.list(warehouse.resolve("_staging"))) {
            assertThat(staging).as("staging cleared").isEmpty();
        }
    }

    @Test
    void skipsABrokenDocumentNamingFileAndKeyAndWritesTheRest() throws IOException {
        publishAnalyzeRun();
        Files.write(metrics().resolve("INC-T-002.json"),
                Fixtures.incidentWith(tree -> tree.remove("hourly")));
        Files.writeString(metrics().resolve("INC-T-003.json"), "{\"schema_version\": 2, ");

        ReportSummary summary = run(ReportOptions.allIncidents(Language.ZH));

        assertThat(summary.workbooks()).containsExactly("zh/incidents/INC-T-001.xlsx",
                "zh/portfolio.xlsx");
        assertThat(summary.skipped()).extracting(ReportSummary.SkippedDocument::file)
                .containsExactly("metrics/INC-T-002.json", "metrics/INC-T-003.json");
        assertThat(summary.skipped().get(0).reason())
                .isEqualTo("metrics/INC-T-002.json: key \"hourly\" is missing");
        assertThat(summary.skipped().get(1).reason()).startsWith("metrics/INC-T-003.json: is not JSON");
        assertThat(published().resolve("zh/incidents/INC-T-001.xlsx")).isRegularFile();
        assertThat(published().resolve("zh/incidents/INC-T-002.xlsx")).doesNotExist();
        String json = Files.readString(published().resolve("report-summary.json"),
                StandardCharsets.UTF_8);
        assertThat(json).contains("key \\\"hourly\\\" is missing").contains("\"skipped_total\" : 2");
    }

    @Test
    void skipsADocumentWhoseIdIsNotItsFileName() throws IOException {
        publishAnalyzeRun();
        Files.write(metrics().resolve("INC-T-002.json"), Fixtures.bytes(Fixtures.INCIDENT));

        ReportSummary summary = run(ReportOptions.allIncidents(Language.EN));

        assertThat(summary.workbooks()).containsExactly("en/incidents/INC-T-001.xlsx",
                "en/portfolio.xlsx");
        assertThat(summary.skipped().get(0).reason()).isEqualTo("metrics/INC-T-002.json: key"
                + " \"incident.id\" is \"INC-T-001\", expected \"INC-T-002\" (the file's name)");
    }

    @Test
    void writesOnlyTheIncidentsAskedForAndAlwaysThePortfolio() throws IOException {
        publishAnalyzeRun();

        ReportSummary summary = run(new ReportOptions(Language.EN, Set.of("INC-T-002")));

        assertThat(summary.workbooks()).containsExactly("en/incidents/INC-T-002.xlsx",
                "en/portfolio.xlsx");
        assertThat(published().resolve("en/incidents/INC-T-001.xlsx")).doesNotExist();
    }

    @Test
    void anUnknownIncidentIsAUsageErrorNamingIt() throws IOException {
        publishAnalyzeRun();

        assertThatThrownBy(() -> run(new ReportOptions(Language.EN, Set.of("INC-9"))))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("INC-9").hasMessageContaining("INC-T-001");
        assertThat(warehouse.resolve("report/CURRENT")).doesNotExist();
    }

    @Test
    void withoutAnAnalyzeRunItAsksForOne() {
        assertThatThrownBy(() -> run(ReportOptions.allIncidents(Language.EN)))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("run `hindsight analyze` first");
        assertThatThrownBy(() -> new ReportJob(ReportOptions.allIncidents(Language.EN))
                .run(Warehouse.local(warehouse.resolve("typo")), 3))
                .isInstanceOf(UserErrorException.class)
                .hasMessageEndingWith("typo not found (no such folder)");
    }

    @Test
    void rerunPublishesANewRunWithTheSameWorkbooks() throws IOException {
        publishAnalyzeRun();
        Published<ReportSummary> first = publish(ReportOptions.allIncidents(Language.EN));
        byte[] firstWorkbook = Files.readAllBytes(published().resolve("en/incidents/INC-T-001.xlsx"));
        byte[] firstPortfolio = Files.readAllBytes(published().resolve("en/portfolio.xlsx"));

        // --full: rewritten, not carried over as unchanged
        Published<ReportSummary> second = publish(ReportOptions.allIncidents(Language.EN)
                .rewritingAll());

        assertThat(second.summary().unchanged()).isEmpty();
        assertThat(second.run().runId()).isNotEqualTo(first.run().runId());
        assertThat(Files.readString(warehouse.resolve("report/CURRENT")).strip())
                .isEqualTo(second.run().runId());
        assertThat(WorkbookCells.contents(Files.readAllBytes(
                published().resolve("en/incidents/INC-T-001.xlsx"))))
                .isEqualTo(WorkbookCells.contents(firstWorkbook));
        assertThat(WorkbookCells.contents(Files.readAllBytes(published().resolve("en/portfolio.xlsx"))))
                .isEqualTo(WorkbookCells.contents(firstPortfolio));
        // nothing in the file comes from the clock: the same bytes, charts included
        assertThat(published().resolve("en/incidents/INC-T-001.xlsx")).hasBinaryContent(firstWorkbook);
    }

    @Test
    void aPartialRunLeavesTheOtherWorkbooksCurrent() throws IOException {
        publishAnalyzeRun();
        publish(ReportOptions.allIncidents(Language.EN));
        byte[] untouched = Files.readAllBytes(published().resolve("en/incidents/INC-T-001.xlsx"));

        ReportSummary partial = run(new ReportOptions(Language.EN, Set.of("INC-T-002"))
                .rewritingAll());

        assertThat(partial.workbooks()).containsExactly("en/incidents/INC-T-002.xlsx",
                "en/portfolio.xlsx");
        // INC-T-001 stays current: carried over, byte for byte, with its charts
        assertThat(published().resolve("en/incidents/INC-T-001.xlsx")).hasBinaryContent(untouched);
        assertThat(published().resolve("en/charts/INC-T-001/hourly-volume.png")).isRegularFile();
        assertThat(partial.current()).extracting(w -> w.workbook() + ":" + w.written())
                .containsExactly("en/incidents/INC-T-001.xlsx:false",
                        "en/incidents/INC-T-002.xlsx:true", "en/portfolio.xlsx:true");
    }

    @Test
    void bothLanguagesAreCurrentSideBySide() throws IOException {
        publishAnalyzeRun();
        publish(ReportOptions.allIncidents(Language.EN));

        ReportSummary chinese = run(ReportOptions.allIncidents(Language.ZH));

        assertThat(published().resolve("en/incidents/INC-T-001.xlsx")).isRegularFile();
        assertThat(published().resolve("zh/incidents/INC-T-001.xlsx")).isRegularFile();
        assertThat(published().resolve("en/portfolio.xlsx")).isRegularFile();
        assertThat(published().resolve("zh/portfolio.xlsx")).isRegularFile();
        assertThat(chinese.current()).hasSize(6).allMatch(w -> w.analyzeRun().equals(ANALYZE_RUN));
        assertThat(chinese.current()).filteredOn(CurrentWorkbook::written)
                .allMatch(w -> w.language() == Language.ZH).hasSize(3);
        JsonNode json = Fixtures.JSON.readTree(published().resolve("report-summary.json").toFile());
        assertThat(json.get("schema_version").asInt()).isEqualTo(ReportSummary.SCHEMA_VERSION);
        assertThat(json.get("current")).hasSize(6);

        // an English rerun keeps the Chinese workbooks; an incident gone from analyze is dropped
        Files.delete(metrics().resolve("INC-T-002.json"));
        ReportSummary english = run(ReportOptions.allIncidents(Language.EN));
        assertThat(english.current()).extracting(CurrentWorkbook::workbook).containsExactly(
                "en/incidents/INC-T-001.xlsx", "en/portfolio.xlsx",
                "zh/incidents/INC-T-001.xlsx", "zh/portfolio.xlsx");
        assertThat(published().resolve("zh/incidents/INC-T-002.xlsx")).doesNotExist();
    }
}
