package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.ArchiveGenerator;
import com.hindsight.sample.GenerationSummary;
import com.hindsight.sample.GeneratorConfig;
import com.hindsight.sample.MalformedKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SearchQuality;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command, run through the real command line on the bundled sample, and the
 * generator's malformed demo archive, with every count checked against what the generator wrote.
 */
class SampleArchiveEndToEndTest {
    private static final Path SAMPLE = Path.of("..", "sample-data", "archive");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static JsonNode ingestSummary(Path warehouse) throws IOException {
        String run = Files.readString(warehouse.resolve("ingest/CURRENT")).strip();
        return JSON.readTree(warehouse.resolve("ingest").resolve(run)
                .resolve("ingest-summary.json").toFile());
    }

    @Test
    void ingestsTheBundledSampleWithExactCounts() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        // what the generator wrote for the bundled sample (scale 1, seed 42); the sample-data
        // module's bundledSampleMatchesGenerator test keeps the committed files equal to this
        GenerationSummary written = new ArchiveGenerator()
                .generate(GeneratorConfig.bundledSample(), temp.resolve("regenerated"));

        CommandRun result = run("ingest", "--input", SAMPLE.toString(), "--warehouse",
                warehouse.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("posts").contains("published: ");
        JsonNode tables = ingestSummary(warehouse).get("tables");
        assertThat(tables.at("/posts/accepted").asLong()).isEqualTo(written.posts()).isEqualTo(8482);
        assertThat(tables.at("/posts/duplicates").asLong()).isEqualTo(written.duplicates())
                .isEqualTo(75);
        assertThat(tables.at("/complaints/accepted").asLong()).isEqualTo(written.complaints())
                .isEqualTo(1557);
        // six real incidents and the Huarui drill, with its six injects and 13 actions
        assertThat(tables.at("/incidents/accepted").asLong()).isEqualTo(written.incidents())
                .isEqualTo(7);
        assertThat(tables.at("/actions/accepted").asLong()).isEqualTo(written.actions())
                .isEqualTo(83);
        assertThat(tables.at("/injects/accepted").asLong())
                .isEqualTo(written.folder(SourceTable.INJECTS).records()).isEqualTo(6);
        assertThat(tables.at("/reviews/accepted").asLong()).isEqualTo(written.reviews())
                .isEqualTo(5);
        assertThat(ingestSummary(warehouse).get("quarantined_total").asLong()).isZero();
        // the first run's figures, pinned: a change in the generator, analyzer or linker that
        // moves them must be looked at
        assertThat(tables.at("/posts/linked_by_query").asLong()).isEqualTo(2138);
        assertThat(tables.at("/posts/linked_by_query_reach").asLong()).isEqualTo(436_041_306L);
        assertThat(tables.at("/complaints/linked_by_query").asLong()).isEqualTo(387);

        analyzesTheIngestedSample(warehouse, tables);
        indexesAndSearchesTheIngestedSample(warehouse, tables);
        reportsOnTheAnalyzedSample(warehouse);
    }

    /**
     * The README's main command goes on with analyze. Checks what the generator built into the
     * sample: three incidents answered within the golden 4 hours, three far later, and a negative
     * share that falls after a good statement only.
     */
    private void analyzesTheIngestedSample(Path warehouse, JsonNode ingestTables)
            throws IOException {
        // pinned: overdue days depend on the day analyze judges them as of
        CommandRun result = run("analyze", "--warehouse", warehouse.toString(),
                "--as-of", "2026-12-02");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        String run = Files.readString(warehouse.resolve("analyze/CURRENT")).strip();
        Path metrics = warehouse.resolve("analyze").resolve(run).resolve("metrics");
        try (var files = Files.list(metrics)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "INC-2024-001.json", "INC-2024-002.json", "INC-2024-003.json",
                    "INC-2025-001.json", "INC-2025-002.json", "INC-2025-003.json",
                    "DRL-2025-001.json", "portfolio.json");
        }
        long postsInIncidents = 0;
        int metGoldenFourHours = 0;
        for (int i = 1; i <= 6; i++) {
            String id = "INC-" + (i <= 3 ? "2024-00" + i : "2025-00" + (i - 3));
            JsonNode doc = JSON.readTree(metrics.resolve(id + ".json").toFile());
            assertThat(result.out()).contains(id);
            long hourlySum = 0;
            for (JsonNode hour : doc.get("hourly")) {
                hourlySum += hour.get("posts").asLong();
            }
            assertThat(hourlySum).as(id).isEqualTo(doc.at("/spread/total_posts").asLong());
            postsInIncidents += hourlySum;
            assertThat(doc.get("response_times")).as(id).hasSize(10);
            for (JsonNode milestone : doc.get("response_times")) {
                if (milestone.get("milestone").asText().equals("first_statement")) {
                    boolean met = milestone.get("met_target").asBoolean();
                    metGoldenFourHours += met ? 1 : 0;
                    double change = doc.at("/response_effect/negative_share_change").asDouble();
                    if (met) {
                        assertThat(change).as(id + " negative share after a good response")
                                .isLessThan(-0.1);
                    }
                }
            }
        }
        assertThat(metGoldenFourHours).isEqualTo(3);
        postsInIncidents += JSON.readTree(metrics.resolve("DRL-2025-001.json").toFile())
                .at("/spread/total_posts").asLong();
        long unlinked = ingestTables.at("/posts/unlinked").asLong();
        assertThat(postsInIncidents).isEqualTo(ingestTables.at("/posts/accepted").asLong() - unlinked);
        JsonNode portfolio = JSON.readTree(metrics.resolve("portfolio.json").toFile());
        assertThat(portfolio.get("as_of").asText()).isEqualTo("2026-12-02");
        // severity ranks (docs/metrics.md, the worked example): spread over the scale, this order
        List<String> order = new java.util.ArrayList<>();
        List<Double> scores = new java.util.ArrayList<>();
        portfolio.get("severity_ranking").forEach(row -> {
            order.add(row.get("incident_id").asText());
            scores.add(row.get("severity").asDouble());
        });
        // INC-2024-002 and INC-2025-003 have the same index: same severity, ranked by id
        assertThat(order).containsExactly("INC-2024-001", "INC-2024-003", "INC-2025-002",
                "INC-2024-002", "INC-2025-003", "INC-2025-001");
        assertThat(scores.get(0) - scores.get(scores.size() - 1)).isGreaterThanOrEqualTo(40.0);
        // the six real incidents: the drill is not ranked
        assertThat(portfolio.get("severity_ranking")).hasSize(6);
        assertThat(portfolio.get("playbook_drills_vs_real")).hasSize(10);
        // due 2024-05-03, judged as of 2026-12-02: 943 days, not counted from the data's last day
        assertThat(portfolio.get("open_review_actions").findValues("days_overdue").stream()
                .map(JsonNode::asInt)).contains(943);
        assertThat(portfolio.get("recurring_root_causes")).isNotEmpty();
        drillIsScoredAgainstThePlaybook(warehouse, metrics, result);
    }

    /**
     * The drill's script (HuaruiDrill), scored by hand against the default playbook's
     * system_failure variant. First post 09:20, detected 09:00 (first action).
     */
    private void drillIsScoredAgainstThePlaybook(Path warehouse, Path metrics, CommandRun analyze)
            throws IOException {
        JsonNode section = JSON.readTree(metrics.resolve("DRL-2025-001.json").toFile())
                .get("playbook");
        assertThat(section.get("playbook").asText()).isEqualTo("hindsight-default");
        assertThat(section.get("kind").asText()).isEqualTo("drill");
        String[][] expected = {
                // action, hours from the reference point, status
                {"detected", "-0.333", "early"},          // 09:00, 20 min before the first post
                {"alert", "0.667", "late"},               // 09:40, target 0.5 h from detection
                {"verified", "0.417", "met"},             // 09:25
                {"escalated", "0.3", "met"},              // 09:18
                {"plan_activated", "0.333", "met"},       // 09:20
                {"statement", "0.583", "met"},            // 09:55, from the first post 09:20
                {"regulator_informed", "2.333", "met"},   // 11:20, target 4 h for system_failure
                {"root_cause_found", "1.0", "met"},       // 10:00
                {"fixed", "6.5", "met"},                  // 15:30, target 24 h
                {"closed", "7.667", "met"}};              // 17:00, from the first post
        JsonNode steps = section.get("steps");
        assertThat(steps).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(steps.get(i).get("action").asText()).isEqualTo(expected[i][0]);
            assertThat(steps.get(i).get("hours").asDouble()).as(expected[i][0])
                    .isCloseTo(Double.parseDouble(expected[i][1]), org.assertj.core.data.Offset.offset(0.001));
            assertThat(steps.get(i).get("status").asText()).as(expected[i][0])
                    .isEqualTo(expected[i][2]);
        }
        assertThat(section.at("/extra_actions/0/action").asText()).isEqualTo("other");
        assertThat(section.get("silent_roles")).isEmpty();
        assertThat(section.get("injects")).hasSize(6);
        assertThat(section.at("/injects/4/inject_id").asText()).isEqualTo("DRL-J05");
        assertThat(section.at("/injects/4/status").asText()).isEqualTo("unanswered");
        assertThat(section.at("/injects/0/reaction_hours").asDouble()).isEqualTo(0.05); // 3 min
        assertThat(analyze.out()).contains("DRL-2025-001   drill     8    1     1      0  5/6 ans.");

        CommandRun printed = run("playbook", "--warehouse", warehouse.toString(), "--incident",
                "DRL-2025-001");
        assertThat(printed.exitCode()).as(printed.err()).isEqualTo(ExitCodes.OK);
        assertThat(printed.out()).contains("DRL-2025-001  drill  system_failure: 8 met, 1 late,"
                + " 1 early, 0 missed").contains("late by 0.2 h")
                .contains("DRL-J05        planned 2025-09-16 10:30  unanswered")
                .contains("system_failure: 1 drill, 1 real incident");
    }

    /**
     * Then the search stage: every accepted row of every table becomes one document, and search
     * finds the sample's incidents by what was done about them.
     */
    private void indexesAndSearchesTheIngestedSample(Path warehouse, JsonNode ingestTables)
            throws IOException {
        CommandRun indexed = run("index", "--warehouse", warehouse.toString());

        assertThat(indexed.exitCode()).as(indexed.err()).isEqualTo(ExitCodes.OK);
        assertThat(indexed.out()).contains("published: ");
        String run = Files.readString(warehouse.resolve("index/CURRENT")).strip();
        JsonNode summary = JSON.readTree(warehouse.resolve("index").resolve(run)
                .resolve("index-summary.json").toFile());
        assertThat(summary.at("/documents/incident").asLong())
                .isEqualTo(ingestTables.at("/incidents/accepted").asLong());
        assertThat(summary.at("/documents/post").asLong())
                .isEqualTo(ingestTables.at("/posts/accepted").asLong());
        assertThat(summary.at("/documents/complaint").asLong())
                .isEqualTo(ingestTables.at("/complaints/accepted").asLong());
        assertThat(summary.at("/documents/review").asLong())
                .isEqualTo(ingestTables.at("/reviews/accepted").asLong());
        assertThat(summary.get("source_ingest_run").asText())
                .isEqualTo(Files.readString(warehouse.resolve("ingest/CURRENT")).strip());

        JsonNode everything = JSON.readTree(run("search", "--warehouse", warehouse.toString(),
                "--json", "*:*").out());
        assertThat(everything.get("total_hits").asLong())
                .isEqualTo(summary.get("total_documents").asLong());
        assertThat(everything.at("/facets/kind/post").asLong())
                .isEqualTo(ingestTables.at("/posts/accepted").asLong());
        long linkedPosts = ingestTables.at("/posts/accepted").asLong()
                - ingestTables.at("/posts/unlinked").asLong();
        long postsByIncident = 0;
        JsonNode byIncident = JSON.readTree(run("search", "--warehouse", warehouse.toString(),
                "--json", "--kind", "post", "*:*").out()).at("/facets/incident_id");
        for (JsonNode count : byIncident) {
            postsByIncident += count.asLong();
        }
        assertThat(postsByIncident).isEqualTo(linkedPosts);

        CommandRun reviews = run("search", "--warehouse", warehouse.toString(), "--kind", "review",
                "黄金4小时");
        assertThat(reviews.exitCode()).as(reviews.err()).isEqualTo(ExitCodes.OK);
        assertThat(reviews.out()).contains("review").contains("«");

        // every search example of README.md and docs/search.md finds something on this index
        DocumentedSearchExamples.assertEachFindsHits(DocumentedSearchExamples.all(), warehouse);

        searchAnswersReviewersOnTheSample(warehouse.resolve("index").resolve(run)
                .resolve(PublishedIndex.LUCENE_FOLDER));
        linkingRecoversTheArticlesWithTheBankInTheTitleAndTheTermInQuotes(warehouse);
    }

    /** The quality targets of docs/search.md ("Quality on the sample"), measured by SearchQuality. */
    private void searchAnswersReviewersOnTheSample(Path index) {
        try (CaseSearcher searcher = CaseSearcher.open(index)) {
            List<SearchQuality.Answer> answers = SearchQuality.answer(searcher, SearchQuality.questions());
            assertThat(answers).hasSizeGreaterThanOrEqualTo(40);
            assertThat(answers.stream().map(a -> a.question().language()).distinct())
                    .containsExactlyInAnyOrder("zh", "en", "es");
            assertThat(SearchQuality.recallAt3(answers)).as("recall@3 of cases: %s", answers)
                    .isGreaterThanOrEqualTo(0.95);

            List<SearchQuality.SimilarAnswer> similar = SearchQuality.similar(searcher, SearchQuality.descriptions());
            assertThat(similar).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(answer -> assertThat(answer.rightFirst()).as(answer.toString()).isTrue());

            List<SearchQuality.WordRecall> sweep = SearchQuality.sweep(searcher);
            assertThat(sweep).hasSize(SearchQuality.SWEEP_WORDS);
            assertThat(SearchQuality.sweepRecall(sweep)).as("two-character word sweep %s", sweep)
                    .isGreaterThanOrEqualTo(0.995);
        }
    }

    /**
     * The four biggest news articles of INC-2025-002 name the bank in their title only and write
     * the term in quotes (“小额账户管理费”); linking reads title and text with the index's
     * analysis, so they belong to the incident.
     */
    private void linkingRecoversTheArticlesWithTheBankInTheTitleAndTheTermInQuotes(Path warehouse)
            throws IOException {
        JsonNode found = JSON.readTree(run("search", "--warehouse", warehouse.toString(), "--hits",
                "--json", "--limit", "10", "id:(news-004-0001114 OR news-004-0000437 OR news-004-0000724"
                        + " OR news-004-0000876)").out());
        assertThat(found.get("hits")).hasSize(4)
                .allSatisfy(hit -> assertThat(hit.get("incident_id").asText()).isEqualTo("INC-2025-002"));
        assertThat(ingestSummary(warehouse).at("/tables/posts/linked_by_query_reach").asLong()).isPositive();
    }

    /**
     * The report stage on the real metrics: one workbook per incident plus the portfolio, in
     * Chinese, with the sheet of hours as long as the document's hourly series; then a broken
     * document is skipped with exit 3 while the others are still written.
     */
    private void reportsOnTheAnalyzedSample(Path warehouse) throws IOException {
        CommandRun result = run("report", "--warehouse", warehouse.toString(), "--language", "zh");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        String analyzeRun = Files.readString(warehouse.resolve("analyze/CURRENT")).strip();
        Path metrics = warehouse.resolve("analyze").resolve(analyzeRun).resolve("metrics");
        Path report = warehouse.resolve("report")
                .resolve(Files.readString(warehouse.resolve("report/CURRENT")).strip());
        try (var files = Files.list(report.resolve("zh/incidents"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "INC-2024-001.xlsx", "INC-2024-002.xlsx", "INC-2024-003.xlsx",
                    "INC-2025-001.xlsx", "INC-2025-002.xlsx", "INC-2025-003.xlsx",
                    "DRL-2025-001.xlsx");
        }
        assertThat(report.resolve("zh/portfolio.xlsx")).isRegularFile();
        assertThat(report.resolve("zh/charts/INC-2024-001/hourly-volume.png")).isRegularFile();
        JsonNode summary = JSON.readTree(report.resolve("report-summary.json").toFile());
        assertThat(summary.get("analyze_run").asText()).isEqualTo(analyzeRun);
        assertThat(summary.get("incidents")).hasSize(7);
        assertThat(result.out()).contains("INC-2024-001")
                .contains("workbooks: 8 written, 0 unchanged and carried over");
        Path latest = warehouse.resolve(LatestReports.NAME);
        assertThat(result.out()).contains("latest reports: " + latest.toAbsolutePath().normalize());
        assertThat(latest.toRealPath()).isEqualTo(report.toRealPath());
        assertThat(latest.resolve("zh/portfolio.xlsx")).isRegularFile();
        JsonNode document = JSON.readTree(metrics.resolve("INC-2024-001.json").toFile());
        try (var in = Files.newInputStream(report.resolve("zh/incidents/INC-2024-001.xlsx"));
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var spread = workbook.getSheet("传播");
            assertThat(spread.getLastRowNum()).isEqualTo(document.get("hourly").size());
            assertThat(spread.getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(document.at("/hourly/0/posts").asDouble());
            // the brief's cover: the as-of date analyze was pinned to and the analyze run
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
                    .contains("数据截至 2026-12-02").contains(analyzeRun);
        }

        Files.writeString(metrics.resolve("INC-2024-002.json"), "{\"schema_version\": "
                + MetricsContract.SCHEMA_VERSION + "}");
        CommandRun broken = run("report", "--warehouse", warehouse.toString(), "--incident",
                "INC-2024-002", "--incident", "INC-2024-003");

        assertThat(broken.exitCode()).as(broken.err()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(broken.out()).contains("skipped: metrics/INC-2024-002.json: key \"as_of\""
                + " is missing")
                // English, written for the first time here: nothing of it to carry over
                .contains("workbooks: 2 written, 0 unchanged and carried over");
        Path newer = warehouse.resolve("report")
                .resolve(Files.readString(warehouse.resolve("report/CURRENT")).strip());
        assertThat(newer).isNotEqualTo(report);
        assertThat(latest.toRealPath()).isEqualTo(newer.toRealPath()); // moved to the new run
    }

    @Test
    void quarantinesExactlyTheMalformedRecordsTheGeneratorWroteAndExitsWithThree()
            throws IOException {
        Path archive = temp.resolve("demo");
        Path warehouse = temp.resolve("warehouse");
        CommandRun generated = run("generate", "--out", archive.toString(), "--malformed");
        assertThat(generated.exitCode()).as(generated.err()).isEqualTo(ExitCodes.OK);
        GenerationSummary written = new ArchiveGenerator()
                .generate(new GeneratorConfig(1, 42, true), temp.resolve("again"));

        CommandRun result = run("ingest", "--input", archive.toString(), "--warehouse",
                warehouse.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.SET_ASIDE);
        Map<String, Long> expected = new TreeMap<>();
        for (Map.Entry<MalformedKind, Long> entry : written.malformed().entrySet()) {
            expected.merge(entry.getKey().expectedReason().code(), entry.getValue(), Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        ingestSummary(warehouse).get("tables").forEach(table -> table.get("quarantined_by_reason")
                .fields().forEachRemaining(e -> actual.merge(e.getKey(), e.getValue().asLong(),
                        Long::sum)));
        assertThat(actual).isEqualTo(expected);
        JsonNode tables = ingestSummary(warehouse).get("tables");
        assertThat(tables.at("/posts/accepted").asLong()).isEqualTo(written.posts());
        assertThat(tables.at("/complaints/accepted").asLong()).isEqualTo(written.complaints());
        assertThat(result.out()).contains("quarantined by reason:");
    }

    @Test
    void missingArchiveIsAUsageErrorNamingTheFolder() {
        CommandRun result = run("ingest", "--input", temp.resolve("nope").toString(), "--warehouse",
                temp.resolve("w").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("nope").contains("not found (no such folder)");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun result = run("ingest", "--input", "a", "--warehouse", "b", "--inptu", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown option --inptu");
    }
}
