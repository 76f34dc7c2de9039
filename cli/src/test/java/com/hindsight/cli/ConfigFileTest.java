package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AlertRule;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file's analysis and paths sections, and the problems a bad file is reported with:
 * file, line, key path and reason.
 */
class ConfigFileTest {
    private static final Path SAMPLE = Path.of("src/dist/conf/hindsight.json");

    @TempDir
    Path temp;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(temp.resolve(name), json);
    }

    @Test
    void aFullFileSetsEveryAnalysisSetting() throws IOException {
        Path file = write("full.json", Files.readString(SAMPLE)
                .replace("\"negative_below\" : 0.0", "\"negative_below\" : -0.2")
                .replace("\"share_of_peak\" : 0.1", "\"share_of_peak\" : 0.05")
                .replace("\"hours\" : 6", "\"hours\" : 12")
                .replace("\"effect_window_hours\" : 6", "\"effect_window_hours\" : 3")
                .replace("\"verified\" : null", "\"verified\" : 1.5")
                .replace("\"closed\" : 336", "\"closed\" : null")
                .replace("\"name\" : \"volume_50\"", "\"name\" : \"volume_80\"")
                .replace("\"min_posts_per_hour\" : 50", "\"min_posts_per_hour\" : 80")
                .replace("\"first_contact_hours\" : 24", "\"first_contact_hours\" : 12")
                .replace("\"resolution_days\" : 15", "\"resolution_days\" : 7")
                .replace("\"top_spreaders\" : 10", "\"top_spreaders\" : 5")
                .replace("\"archive\" : null", "\"archive\" : \"/data/archive\"")
                .replace("\"warehouse\" : null", "\"warehouse\" : \"hdfs://nn/wh\""));

        HindsightConfig config = HindsightConfig.resolve(HindsightConfig.empty(), file);
        AnalyzeOptions options = config.analyzeOptions();

        assertThat(options.negativeBelow()).isEqualTo(-0.2);
        assertThat(options.subsideShare()).isEqualTo(0.05);
        assertThat(options.subsideHours()).isEqualTo(12);
        assertThat(options.effectWindowHours()).isEqualTo(3);
        assertThat(options.responseTargets()).containsEntry(Milestone.VERIFIED,
                Duration.ofMinutes(90)).doesNotContainKey(Milestone.CLOSED)
                .containsEntry(Milestone.FIRST_STATEMENT, Duration.ofHours(4));
        assertThat(options.alertRules()).containsExactly(new AlertRule("volume_80", 80, null),
                new AlertRule("negative_60", 20, 0.6));
        assertThat(options.firstContactTarget()).isEqualTo(Duration.ofHours(12));
        assertThat(options.resolutionTarget()).isEqualTo(Duration.ofDays(7));
        assertThat(options.topSpreaders()).isEqualTo(5);
        assertThat(config.archiveLocation()).isEqualTo("/data/archive");
        assertThat(config.warehouseLocation()).isEqualTo("hdfs://nn/wh");
    }

    @Test
    void aPartialSectionFallsBackKeyByKeyToTheDefaults() throws IOException {
        Path file = write("partial.json", "{\"analysis\": {\"subside\": {\"hours\": 3},"
                + " \"response_targets_hours\": {\"first_statement\": 2, \"fixed\": null}}}");

        AnalyzeOptions options = HindsightConfig.resolve(HindsightConfig.empty(), file)
                .analyzeOptions();
        AnalyzeOptions defaults = AnalyzeOptions.defaults();

        assertThat(options.subsideHours()).isEqualTo(3);
        assertThat(options.subsideShare()).isEqualTo(defaults.subsideShare());
        assertThat(options.responseTargets()).containsEntry(Milestone.FIRST_STATEMENT,
                Duration.ofHours(2)).doesNotContainKey(Milestone.FIXED)
                .containsEntry(Milestone.DETECTED, Duration.ofHours(1))
                .containsEntry(Milestone.CLOSED, Duration.ofDays(14)).hasSize(7);
        assertThat(options.alertRules()).isEqualTo(defaults.alertRules());
        assertThat(options.topSpreaders()).isEqualTo(defaults.topSpreaders());
        assertThat(options.firstContactTarget()).isEqualTo(defaults.firstContactTarget());
    }

    @Test
    void withoutAFileTheAnalyzeOptionsAreTheStagesDefaults() {
        assertThat(HindsightConfig.resolve(HindsightConfig.empty(), null).analyzeOptions())
                .isEqualTo(AnalyzeOptions.defaults());
    }

    @Test
    void anEmptyAlertRuleListMeansNoRules() throws IOException {
        Path file = write("none.json", "{\"analysis\": {\"alert_rules\": []}}");

        assertThat(HindsightConfig.resolve(HindsightConfig.empty(), file).analyzeOptions()
                .alertRules()).isEmpty();
    }

    @Test
    void flagsWinOverThePathsOfTheFile() throws IOException {
        Path file = write("paths.json",
                "{\"paths\": {\"archive\": \"from-file\", \"warehouse\": \"wh-file\"}}");

        HindsightConfig flags = HindsightConfig.resolve(HindsightConfig.builder()
                .warehouse("wh-flag").build(), file);

        assertThat(flags.warehouseLocation()).isEqualTo("wh-flag");
        assertThat(flags.archiveLocation()).isEqualTo("from-file");
        assertThatThrownBy(() -> HindsightConfig.defaults().warehouseLocation())
                .isInstanceOf(UserErrorException.class)
                .hasMessage("no warehouse: give --warehouse DIR, or set \"paths\":"
                        + " {\"warehouse\": \"DIR\"} in the --config file");
    }

    @Test
    void theExampleOfTheConfigurationPageReadsAsItSays() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "configuration.md"));
        String example = page.substring(page.indexOf("```json", page.indexOf("## An example"))
                + "```json".length());
        Path file = write("example.json", example.substring(0, example.indexOf("```")));

        HindsightConfig config = HindsightConfig.resolve(HindsightConfig.empty(), file);

        assertThat(config.analyzeOptions().responseTargets())
                .containsEntry(Milestone.FIRST_STATEMENT, Duration.ofHours(2))
                .doesNotContainKey(Milestone.REGULATOR_INFORMED);
        assertThat(config.analyzeOptions().alertRules()).extracting(AlertRule::name)
                .containsExactly("volume_30", "negative_60");
        assertThat(config.archiveLocation()).isEqualTo("/data/archive");
        assertThat(config.warehouseLocation()).isEqualTo("/data/warehouse");
    }

    // ---- problems: file, line, key path, reason ----

    private String problem(String json) throws IOException {
        Path file = write("bad.json", json);
        try {
            HindsightConfig.read(file);
        } catch (UserErrorException e) {
            assertThat(e.getMessage()).startsWith("config file " + file + " line ");
            return e.getMessage().substring(("config file " + file + " ").length());
        }
        throw new AssertionError("no problem found in " + json);
    }

    @Test
    void anUnknownKeyIsNamedWithItsPathAndTheKnownKeys() throws IOException {
        assertThat(problem("{\n  \"keep_run\": 2\n}")).isEqualTo("line 2: keep_run: unknown"
                + " setting (did you mean keep_runs?); known: time_zone, max_record_bytes,"
                + " link_lead_hours, link_tail_hours, open_incident_days, keep_runs,"
                + " shuffle_partitions, language, playbook, analysis, paths");
        assertThat(problem("{\"analysis\": {\n\"subside\": {\"share\": 0.2}}}")).isEqualTo(
                "line 2: analysis.subside.share: unknown setting (did you mean share_of_peak?);"
                        + " known in analysis.subside: share_of_peak, hours");
        assertThat(problem("{\"paths\": {\"index\": \"x\"}}")).isEqualTo("line 1: paths.index:"
                + " unknown setting; known in paths: archive, warehouse");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasGiven() throws IOException {
        assertThat(problem("{\"keep_runs\": \"3\"}")).isEqualTo(
                "line 1: keep_runs: must be a whole number, not text \"3\"");
        assertThat(problem("{\"analysis\": {\"effect_window_hours\": 2.5}}")).isEqualTo(
                "line 1: analysis.effect_window_hours: must be a whole number, not 2.5");
        assertThat(problem("{\"analysis\": {\"subside\": 6}}")).isEqualTo(
                "line 1: analysis.subside: must be an object {...}, not a number 6");
        assertThat(problem("{\"analysis\": {\"alert_rules\": {\"name\": \"x\"}}}")).isEqualTo(
                "line 1: analysis.alert_rules: must be a list [...], not an object {...}");
        assertThat(problem("{\"language\": 1}")).isEqualTo(
                "line 1: language: must be text, not a number 1");
    }

    @Test
    void aValueOutOfRangeNamesTheRange() throws IOException {
        assertThat(problem("{\"analysis\": {\"subside\": {\"share_of_peak\": 1}}}")).isEqualTo(
                "line 1: analysis.subside.share_of_peak: must be in (0, 1), not 1");
        assertThat(problem("{\"analysis\": {\"subside\": {\"hours\": 0}}}")).isEqualTo(
                "line 1: analysis.subside.hours: must be a whole number from 1 to 2147483647,"
                        + " not 0");
        assertThat(problem("{\"analysis\": {\"negative_below\": -2}}")).isEqualTo(
                "line 1: analysis.negative_below: must be in [-1, 1], not -2");
        assertThat(problem("{\"analysis\": {\"complaints\": {\"resolution_days\": 0}}}"))
                .isEqualTo("line 1: analysis.complaints.resolution_days: must be more than 0,"
                        + " not 0");
        assertThat(problem("{\"analysis\": {\"alert_rules\": [\n"
                + "  {\"name\": \"volume_50\", \"min_posts_per_hour\": 50},\n"
                + "  {\"name\": \"negative_90\", \"min_posts_per_hour\": 20,\n"
                + "   \"min_negative_share\": 1.5}]}}")).isEqualTo(
                "line 4: analysis.alert_rules[1].min_negative_share: must be in (0, 1], not 1.5");
    }

    @Test
    void anUnknownMilestoneListsTheKnownOnes() throws IOException {
        assertThat(problem("{\"analysis\": {\"response_targets_hours\": {\n\"statement\": 4}}}"))
                .isEqualTo("line 2: analysis.response_targets_hours.statement: unknown"
                        + " milestone; known: detected, alert, verified, plan_activated,"
                        + " first_statement, regulator_informed, root_cause_found, fixed, closed,"
                        + " subsided");
        assertThat(problem("{\"analysis\": {\"response_targets_hours\": {\"first_statement\":"
                + " null}}}")).isEqualTo("line 1: analysis.response_targets_hours"
                + ".first_statement: must have a target (the reports measure every incident's"
                + " first statement against it)");
    }

    @Test
    void alertRulesNeedDistinctNamesAndTheirTwoKeys() throws IOException {
        assertThat(problem("{\"analysis\": {\"alert_rules\": [\n"
                + "  {\"name\": \"surge\", \"min_posts_per_hour\": 50},\n"
                + "  {\"name\": \"surge\", \"min_posts_per_hour\": 20}]}}")).isEqualTo(
                "line 3: analysis.alert_rules[1].name: rule name \"surge\" is also the name of"
                        + " analysis.alert_rules[0] (line 2); names must differ");
        assertThat(problem("{\"analysis\": {\"alert_rules\": [{\"name\": \"surge\"}]}}"))
                .isEqualTo("line 1: analysis.alert_rules[0]: an alert rule needs"
                        + " \"min_posts_per_hour\"");
    }

    @Test
    void zoneLanguageAndPlaybookAreCheckedWhenTheFileIsRead() throws IOException {
        assertThat(problem("{\"time_zone\": \"Mars/Olympus\"}")).isEqualTo("line 1: time_zone:"
                + " \"Mars/Olympus\" is not a zone id (e.g. Asia/Shanghai, UTC, +08:00)");
        assertThat(problem("{\"language\": \"fr\"}")).isEqualTo(
                "line 1: language: \"fr\" is not a report language (zh or en)");
        Path missing = temp.resolve("none.yaml");
        assertThat(problem("{\"playbook\": \"" + missing + "\"}")).isEqualTo(
                "line 1: playbook: playbook file " + missing + " does not exist");
    }

    @Test
    void badJsonAndAKeyGivenTwiceNameTheLine() throws IOException {
        assertThat(problem("{\n\"keep_runs\": 2,\n\"time_zone\": }"))
                .startsWith("line 3: not valid JSON: ");
        assertThat(problem("{\n\"keep_runs\": 2,\n\"keep_runs\": 3}"))
                .isEqualTo("line 3: keep_runs: given twice (first on line 2)");
        assertThat(problem("[1]")).isEqualTo(
                "line 1: the settings must be one JSON object {...}, not a list");
    }

    @Test
    void everyProblemIsFoundTheFirstIsReportedAndTheCountOfTheOthers() throws IOException {
        Path file = write("three.json", "{\n\"analysis\": {\"top_spreaders\": 0},\n"
                + "\"keep_runz\": 1,\n\"language\": \"de\"\n}");

        assertThatThrownBy(() -> HindsightConfig.read(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("config file " + file + " line 2: analysis.top_spreaders: must be a"
                        + " whole number from 1 to 2147483647, not 0 (and 2 more problems;"
                        + " `hindsight config check --config FILE` lists them all)")
                .satisfies(e -> assertThat(((ConfigFileException) e).problems()).hasSize(3));
    }

    // ---- hindsight config check ----

    @Test
    void configCheckWithoutAFilePrintsTheDefaultsAsTheShippedSampleHasThem() throws IOException {
        CommandRun run = CommandRun.of("config", "check");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().strip()).isEqualTo(Files.readString(SAMPLE).strip());
    }

    @Test
    void configCheckPrintsTheEffectiveSettingsWhichReadBackAsTheSame() throws IOException {
        Path file = write("partial.json", "{\"keep_runs\": 5, \"analysis\": {\"alert_rules\":"
                + " [{\"name\": \"surge\", \"min_posts_per_hour\": 30}],"
                + " \"response_targets_hours\": {\"first_statement\": 0.5}},"
                + " \"paths\": {\"warehouse\": \"wh\"}}");

        CommandRun run = CommandRun.of("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"keep_runs\" : 5").contains("\"first_statement\" : 0.5")
                .contains("\"name\" : \"surge\"").contains("\"time_zone\" : \"Asia/Shanghai\"")
                .doesNotContain("volume_50");
        assertThat(run.err()).contains("config file " + file + " is valid");
        Path printed = write("printed.json", run.out());
        assertThat(HindsightConfig.read(printed))
                .isEqualTo(HindsightConfig.resolve(HindsightConfig.empty(), file));
    }

    @Test
    void configAloneSaysWhichSubcommandItNeeds() {
        CommandRun run = CommandRun.of("config");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: Missing required subcommand: check")
                .contains("Run 'hindsight config --help' for usage.");
    }

    @Test
    void configCheckListsEveryProblemAndExitsTwo() throws IOException {
        Path file = write("three.json", "{\n\"analysis\": {\"top_spreaders\": 0},\n"
                + "\"keep_runz\": 1,\n\"language\": \"de\"\n}");

        CommandRun run = CommandRun.of("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                "error: config file " + file + " line 2: analysis.top_spreaders: must be a whole"
                        + " number from 1 to 2147483647, not 0",
                "error: config file " + file + " line 3: keep_runz: unknown setting (did you mean"
                        + " keep_runs?); known: time_zone, max_record_bytes, link_lead_hours,"
                        + " link_tail_hours, open_incident_days, keep_runs, shuffle_partitions,"
                        + " language, playbook, analysis, paths",
                "error: config file " + file + " line 4: language: \"de\" is not a report"
                        + " language (zh or en)");
    }

    @Test
    void aStageRefusesABadFileBeforeItStartsAndWithoutAWarehouseSaysHowToGiveOne()
            throws IOException {
        Path file = write("bad.json", "{\"analysis\": {\"alert_rules\": [{\"name\": \"x\","
                + " \"min_posts_per_hour\": 0}]}}");
        Path warehouse = temp.resolve("wh");

        CommandRun analyze = CommandRun.of("analyze", "--warehouse", warehouse.toString(),
                "--config", file.toString());
        CommandRun noWarehouse = CommandRun.of("report");

        assertThat(analyze.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(analyze.err()).startsWith("error: config file " + file + " line 1:"
                + " analysis.alert_rules[0].min_posts_per_hour: must be a whole number from 1");
        assertThat(warehouse).doesNotExist();
        assertThat(noWarehouse.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noWarehouse.err()).startsWith("error: no warehouse: give --warehouse DIR");
    }

    @Test
    void theWarehouseOfTheFileIsUsedWhenNoFlagGivesOne() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("from-file"));
        Path file = write("paths.json", "{\"paths\": {\"warehouse\": \"" + warehouse + "\"}}");

        CommandRun report = CommandRun.of("report", "--config", file.toString());

        assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(report.err()).contains("warehouse " + warehouse)
                .contains("no published analyze run");
    }
}
