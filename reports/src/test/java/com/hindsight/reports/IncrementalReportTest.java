package com.hindsight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental reports: an incident workbook is rewritten only when its document, the settings,
 * the format version or the chart font changed; otherwise carried over unchanged. Each analyze
 * run here is a new run folder, as every nightly makes one.
 */
class IncrementalReportTest {
    private static final String RUN_A = "20240101T000000Z-000a";
    private static final String RUN_B = "20240102T000000Z-000b";
    private static final String RUN_C = "20240103T000000Z-000c";
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path warehouse;

    /** A second warehouse, for a full run to compare with. */
    @TempDir
    Path fullRunWarehouse;

    /** The two test incidents and the portfolio, as analyze writes them. */
    private static Map<String, byte[]> documents() {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("INC-T-001.json", Fixtures.bytes(Fixtures.INCIDENT));
        documents.put("INC-T-002.json", incident("INC-T-002", "第二起事件"));
        documents.put("portfolio.json", Fixtures.bytes(Fixtures.PORTFOLIO));
        return documents;
    }

    private static byte[] incident(String id, String title) {
        return Fixtures.incidentWith(tree -> ((ObjectNode) tree.get("incident")).put("id", id)
                .put("title", title));
    }

    private static void publishAnalyzeRun(Path warehouse, String runId, Map<String, byte[]> documents)
            throws IOException {
        Path metrics = warehouse.resolve("analyze").resolve(runId).resolve("metrics");
        Files.createDirectories(metrics);
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            Files.write(metrics.resolve(document.getKey()), document.getValue());
        }
        Files.writeString(warehouse.resolve("analyze/CURRENT"), runId + "\n");
    }

    private static Published<ReportSummary> report(Path warehouse, ReportOptions options) {
        return new ReportJob(options).run(Warehouse.local(warehouse), 5);
    }

    private static Path published(Path warehouse) throws IOException {
        String run = Files.readString(warehouse.resolve("report/CURRENT")).strip();
        return warehouse.resolve("report").resolve(run);
    }

    /** Every file of the published report run but the summary, relative, in name order. */
    private static List<String> files(Path run) throws IOException {
        try (Stream<Path> walk = Files.walk(run)) {
            return walk.filter(Files::isRegularFile).map(f -> run.relativize(f).toString())
                    .filter(f -> !f.equals(ReportSummary.FILE)).sorted().toList();
        }
    }

    /** Puts every file of the current report run back in time, to see which a run rewrites. */
    private void ageCurrentReport() throws IOException {
        Path run = published(warehouse);
        for (String file : files(run)) {
            Files.setLastModifiedTime(run.resolve(file), LONG_AGO);
        }
    }

    private ReportSummary reportEnglish() {
        return report(warehouse, ReportOptions.allIncidents(Language.EN)).summary();
    }

    @Test
    void aRerunOverTheSameDocumentsRewritesNoIncidentWorkbook() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        Path first = published(warehouse);
        ageCurrentReport();
        publishAnalyzeRun(warehouse, RUN_B, documents()); // the next night: the same documents

        ReportSummary second = reportEnglish();

        assertThat(second.workbooks()).containsExactly("en/portfolio.xlsx");
        assertThat(second.unchanged()).containsExactly("en/incidents/INC-T-001.xlsx",
                "en/incidents/INC-T-002.xlsx");
        assertThat(second.incidents()).isEmpty();
        assertThat(second.keptFromPrevious()).isEmpty();
        assertThat(second.current()).extracting(w -> w.workbook() + " " + w.written() + " "
                + w.analyzeRun()).containsExactly(
                "en/incidents/INC-T-001.xlsx false " + RUN_A,
                "en/incidents/INC-T-002.xlsx false " + RUN_A,
                "en/portfolio.xlsx true " + RUN_B);
        Path run = published(warehouse);
        assertThat(run).isNotEqualTo(first);
        assertThat(files(run)).isEqualTo(files(first));
        for (String file : files(run)) {
            if (file.startsWith("en/portfolio") || file.startsWith("en/charts/portfolio")) {
                assertThat(Files.getLastModifiedTime(run.resolve(file))).as(file)
                        .isNotEqualTo(LONG_AGO);
            } else { // the incident workbooks and their charts: carried, bytes and time kept
                assertThat(run.resolve(file)).as(file).hasSameBinaryContentAs(first.resolve(file));
                assertThat(Files.getLastModifiedTime(run.resolve(file))).as(file)
                        .isEqualTo(LONG_AGO);
            }
        }
        var json = Fixtures.JSON.readTree(run.resolve(ReportSummary.FILE).toFile());
        assertThat(json.get("schema_version").asInt()).isEqualTo(3);
        assertThat(json.get("written_total").asInt()).isEqualTo(1);
        assertThat(json.get("unchanged_total").asInt()).isEqualTo(2);
        assertThat(json.get("full").asBoolean()).isFalse();
        assertThat(json.at("/current/0/fingerprint").asText()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void aChangedDocumentRewritesThatIncidentAndThePortfolio() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        Map<String, byte[]> changed = documents();
        changed.put("INC-T-002.json", incident("INC-T-002", "第二起事件（更正）"));
        publishAnalyzeRun(warehouse, RUN_B, changed);

        ReportSummary second = reportEnglish();

        assertThat(second.workbooks()).containsExactly("en/incidents/INC-T-002.xlsx",
                "en/portfolio.xlsx");
        assertThat(second.unchanged()).containsExactly("en/incidents/INC-T-001.xlsx");
        assertThat(WorkbookCells.contents(Files.readAllBytes(
                published(warehouse).resolve("en/incidents/INC-T-002.xlsx"))).toString())
                .contains("第二起事件（更正）");
    }

    @Test
    void aNewAsOfDayRewritesTheWorkbooksWithOpenReviewActionsAndThePortfolio() throws IOException {
        Map<String, byte[]> firstDay = documents();
        firstDay.put("INC-T-002.json", withoutOpenActions(firstDay.get("INC-T-002.json")));
        publishAnalyzeRun(warehouse, RUN_A, firstDay);
        reportEnglish();
        Map<String, byte[]> nextDay = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> document : firstDay.entrySet()) {
            ObjectNode tree = (ObjectNode) Fixtures.JSON.readTree(document.getValue());
            tree.put("as_of", "2025-11-15");
            nextDay.put(document.getKey(), Fixtures.JSON.writeValueAsBytes(tree));
        }
        publishAnalyzeRun(warehouse, RUN_B, nextDay);

        ReportSummary second = reportEnglish();

        assertThat(second.workbooks()).as("INC-T-001's open actions are a day more overdue")
                .containsExactly("en/incidents/INC-T-001.xlsx", "en/portfolio.xlsx");
        assertThat(second.unchanged()).containsExactly("en/incidents/INC-T-002.xlsx");
        assertThat(WorkbookCells.contents(Files.readAllBytes(
                published(warehouse).resolve("en/incidents/INC-T-002.xlsx"))).toString())
                .as("a carried workbook keeps the day it was written from")
                .contains("Data as of 2025-11-14").doesNotContain("2025-11-15");
    }

    private static byte[] withoutOpenActions(byte[] document) throws IOException {
        ObjectNode tree = (ObjectNode) Fixtures.JSON.readTree(document);
        tree.putArray("open_review_actions");
        return Fixtures.JSON.writeValueAsBytes(tree);
    }

    @Test
    void anotherLanguagePeriodOrFormatVersionRewritesEveryWorkbook() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        publishAnalyzeRun(warehouse, RUN_B, documents());

        ReportSummary chinese = report(warehouse, ReportOptions.allIncidents(Language.ZH))
                .summary();
        assertThat(chinese.workbooks()).containsExactly("zh/incidents/INC-T-001.xlsx",
                "zh/incidents/INC-T-002.xlsx", "zh/portfolio.xlsx");
        assertThat(chinese.unchanged()).isEmpty();
        assertThat(chinese.keptFromPrevious()).extracting(CurrentWorkbook::workbook)
                .containsExactly("en/incidents/INC-T-001.xlsx", "en/incidents/INC-T-002.xlsx",
                        "en/portfolio.xlsx");

        ReportSummary quarterly = report(warehouse, new ReportOptions(Language.EN, Set.of(),
                ReportPeriod.QUARTER)).summary();
        assertThat(quarterly.unchanged()).isEmpty();
        assertThat(quarterly.workbooks()).hasSize(3);

        ReportSummary newerCode = new ReportJob(new ReportOptions(Language.EN, Set.of(),
                ReportPeriod.QUARTER), ReportFormat.VERSION + 1).run(Warehouse.local(warehouse), 5)
                .summary();
        assertThat(newerCode.unchanged()).isEmpty();
        assertThat(newerCode.workbooks()).hasSize(3);

        ReportSummary again = new ReportJob(new ReportOptions(Language.EN, Set.of(),
                ReportPeriod.QUARTER), ReportFormat.VERSION + 1).run(Warehouse.local(warehouse), 5)
                .summary();
        assertThat(again.unchanged()).hasSize(2);
    }

    @Test
    void fullRewritesEveryWorkbook() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();

        ReportSummary full = report(warehouse, ReportOptions.allIncidents(Language.EN)
                .rewritingAll()).summary();

        assertThat(full.full()).isTrue();
        assertThat(full.unchanged()).isEmpty();
        assertThat(full.workbooks()).containsExactly("en/incidents/INC-T-001.xlsx",
                "en/incidents/INC-T-002.xlsx", "en/portfolio.xlsx");
        assertThat(full.current()).allMatch(CurrentWorkbook::written);
    }

    @Test
    void aRemovedIncidentsWorkbookIsNotCarried() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        Map<String, byte[]> fewer = documents();
        fewer.remove("INC-T-002.json");
        publishAnalyzeRun(warehouse, RUN_B, fewer);

        ReportSummary second = reportEnglish();

        assertThat(second.unchanged()).containsExactly("en/incidents/INC-T-001.xlsx");
        assertThat(second.current()).extracting(CurrentWorkbook::workbook)
                .containsExactly("en/incidents/INC-T-001.xlsx", "en/portfolio.xlsx");
        assertThat(published(warehouse).resolve("en/incidents/INC-T-002.xlsx")).doesNotExist();
        assertThat(published(warehouse).resolve("en/charts/INC-T-002")).doesNotExist();
    }

    @Test
    void aSummaryWithoutFingerprintsMeansRewrite() throws IOException {
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        // as a version-2 run (before fingerprints) wrote it
        Path summary = published(warehouse).resolve(ReportSummary.FILE);
        ObjectNode older = (ObjectNode) Fixtures.JSON.readTree(summary.toFile());
        older.put("schema_version", 2);
        older.get("current").forEach(entry -> ((ObjectNode) entry).remove("fingerprint"));
        Files.write(summary, Fixtures.JSON.writeValueAsBytes(older));

        ReportSummary chinese = report(warehouse, ReportOptions.allIncidents(Language.ZH))
                .summary();
        assertThat(chinese.keptFromPrevious()).hasSize(3); // the English ones stay current
        ReportSummary english = reportEnglish();
        assertThat(english.unchanged()).isEmpty();
        assertThat(english.workbooks()).hasSize(3);
    }

    @Test
    void incrementalRunsGiveWhatAFullRunGives() throws IOException {
        // night by night: the same documents, one changed, one removed and another added
        publishAnalyzeRun(warehouse, RUN_A, documents());
        reportEnglish();
        Map<String, byte[]> second = documents();
        second.put("INC-T-002.json", incident("INC-T-002", "第二起事件（更正）"));
        publishAnalyzeRun(warehouse, RUN_B, second);
        reportEnglish();
        Map<String, byte[]> third = new LinkedHashMap<>(second);
        third.remove("INC-T-001.json");
        third.put("INC-T-003.json", incident("INC-T-003", "第三起事件"));
        publishAnalyzeRun(warehouse, RUN_C, third);
        ReportSummary incremental = reportEnglish();
        assertThat(incremental.unchanged()).as("the test carries something")
                .containsExactly("en/incidents/INC-T-002.xlsx");

        Path fresh = fullRunWarehouse;
        publishAnalyzeRun(fresh, RUN_C, third);
        report(fresh, ReportOptions.allIncidents(Language.EN).rewritingAll());

        Path left = published(warehouse);
        Path right = published(fresh);
        assertThat(files(left)).isEqualTo(files(right));
        for (String file : files(left)) {
            if (file.endsWith(".png")) {
                assertThat(left.resolve(file)).as(file).hasSameBinaryContentAs(right.resolve(file));
            } else {
                // the same cells, apart from the analyze run the brief names: a carried workbook
                // names the run it was written from, whose document was byte for byte the same
                assertThat(cells(left.resolve(file))).as(file).isEqualTo(cells(right.resolve(file)));
            }
        }
        assertThat(left.resolve("en/incidents/INC-T-003.xlsx"))
                .hasSameBinaryContentAs(right.resolve("en/incidents/INC-T-003.xlsx"));
    }

    /** A workbook's cells, with every analyze run id of this test written as {@code <run>}. */
    private static Map<String, String> cells(Path workbook) throws IOException {
        Map<String, String> sheets = new TreeMap<>();
        WorkbookCells.contents(Files.readAllBytes(workbook)).forEach((sheet, rows) -> sheets.put(
                sheet, rows.toString().replace(RUN_A, "<run>").replace(RUN_B, "<run>")
                        .replace(RUN_C, "<run>")));
        return sheets;
    }
}
