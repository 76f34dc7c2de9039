package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.core.warehouse.WarehouseLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case of each exit code per command (docs/architecture.md, "Exit codes"): 2 for what the
 * user must fix, with one line saying what; 1 for a fault, naming the stage; 0 and 3 are
 * covered by each command's own tests (NightlyCommandTest, ConvertCommandTest,
 * SampleArchiveEndToEndTest). A fault is provoked by a damaged warehouse: {@code _staging} made
 * a file, or a published run whose folder is not what its stage wrote.
 */
class ExitCodesTest {
    @TempDir
    Path temp;

    private static String line() {
        return System.lineSeparator();
    }

    /** A warehouse where no stage can stage a run: {@code _staging} is a file. */
    private Path unwritableWarehouse() throws IOException {
        Path warehouse = temp.resolve("damaged");
        Files.createDirectories(warehouse);
        Files.writeString(warehouse.resolve("_staging"), "not a folder");
        return warehouse;
    }

    /** A warehouse whose published run of {@code stage} points to an empty folder. */
    private Path warehouseWithEmptyRun(String stage) throws IOException {
        Path warehouse = temp.resolve("empty-" + stage);
        Files.createDirectories(warehouse.resolve(stage).resolve("20260101T000000Z-0000"));
        Files.writeString(warehouse.resolve(stage).resolve("CURRENT"), "20260101T000000Z-0000\n");
        return warehouse;
    }

    private Path archive() throws IOException {
        Path archive = temp.resolve("archive");
        Files.createDirectories(archive.resolve("incidents"));
        Files.writeString(archive.resolve("incidents/register.csv"),
                "id,bank,title,category,opened_at\nINC-1,华信银行,故障,system_failure,2024-03-05 09:00:00\n");
        return archive;
    }

    // ---- 2: the user's to fix ----

    @Test
    void aMistypedCommandSuggestsTheRightOneInAFewLines() {
        CommandRun run = CommandRun.of("serach", "--warehouse", "w", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched arguments from index 0: 'serach'")
                .contains("Did you mean: hindsight search").contains("Run 'hindsight --help' for usage.");
        assertThat(run.err().lines().count()).isLessThan(8);
    }

    @Test
    void aMistypedOptionIsNamedWithASuggestionInsteadOfAMissingOption() {
        CommandRun run = CommandRun.of("ingest", "--input", "a", "--warehous", "w");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: unknown option --warehous" + line())
                .contains("--warehouse").contains("Run 'hindsight ingest --help' for usage.")
                .doesNotContain("Missing required option");
    }

    @Test
    void ingestAndNightlyRefuseAMissingArchiveBeforeSparkStarts() {
        for (String command : new String[] {"ingest", "nightly"}) {
            CommandRun run = CommandRun.of(command, "--input", temp.resolve("nope").toString(),
                    "--warehouse", temp.resolve("wh").toString());

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).isEqualTo("error: archive folder "
                    + temp.resolve("nope") + " not found (no such folder)" + line());
        }
        assertThat(temp.resolve("wh")).doesNotExist();
    }

    @Test
    void analyzeAndIndexSayWhatToRunFirstBeforeSparkStarts() throws IOException {
        Files.createDirectories(temp.resolve("wh"));
        for (String command : new String[] {"analyze", "index"}) {
            CommandRun run = CommandRun.of(command, "--warehouse", temp.resolve("wh").toString());

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).isEqualTo("error: warehouse " + temp.resolve("wh")
                    + " has no published ingest run; run `hindsight ingest` first" + line());
        }
    }

    @Test
    void aWarehouseFolderThatDoesNotExistIsNotFound() {
        for (String command : new String[] {"search", "report", "analyze"}) {
            String[] args = command.equals("search")
                    ? new String[] {command, "--warehouse", temp.resolve("typo").toString(), "x"}
                    : new String[] {command, "--warehouse", temp.resolve("typo").toString()};
            CommandRun run = CommandRun.of(args);

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).isEqualTo("error: warehouse "
                    + temp.resolve("typo") + " not found (no such folder)" + line());
        }
    }

    @Test
    void aBadConfigFileIsAUserErrorNamingFileAndSetting() throws IOException {
        Path config = temp.resolve("bad.json");
        Files.writeString(config, "{\"keep_run\": 2}");

        CommandRun run = CommandRun.of("report", "--warehouse", temp.toString(), "--config",
                config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: config file " + config + " line 1: keep_run: unknown"
                + " setting");
    }

    @Test
    void aBadKindIsAUserErrorBeforeTheIndexIsOpened() {
        // a bad query: SearchCommandTest, which has an index to search
        CommandRun kind = CommandRun.of("search", "--warehouse", temp.toString(), "--kind",
                "tweet", "x");

        assertThat(kind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(kind.err()).contains("kind \"tweet\"");
    }

    @Test
    void generateAndConvertRefuseBadArguments() {
        CommandRun generate = CommandRun.of("generate", "--out", temp.toString(), "--scale", "0");
        CommandRun convert = CommandRun.of("convert", "cfpb", "--in",
                temp.resolve("missing.csv").toString(), "--out", temp.resolve("out").toString());

        assertThat(generate.exitCode()).as(generate.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(generate.err()).contains("scale");
        assertThat(convert.exitCode()).as(convert.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(convert.err()).contains("missing.csv");
    }

    @Test
    void aSecondRunIntoAWarehouseInUseIsRefusedNamingTheHolder() throws IOException {
        Path warehouse = warehouseWithEmptyRun("analyze");

        try (WarehouseLock held = Warehouse.local(warehouse).lock("hindsight nightly")) {
            CommandRun report = CommandRun.of("report", "--warehouse", warehouse.toString());

            assertThat(report.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(report.err()).startsWith("error: warehouse " + warehouse + " is in use by"
                    + " `hindsight nightly` (process " + ProcessHandle.current().pid());
        }
        assertThat(warehouse.resolve("report")).doesNotExist();
    }

    // ---- 1: a fault, naming the stage ----

    @Test
    void aFaultInReportNamesTheStageAndPointsToTheLog() throws IOException {
        Path warehouse = warehouseWithEmptyRun("analyze");
        Files.writeString(warehouse.resolve("_staging"), "not a folder");

        CommandRun run = CommandRun.of("report", "--warehouse", warehouse.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAULT);
        assertThat(run.err()).startsWith("error: the report stage failed with an internal fault: ")
                .contains("; --verbose prints it)");
        assertThat(run.err().lines().count()).isEqualTo(1);
        try (var manifests = Files.list(warehouse.resolve("_runs"))) {
            String manifest = Files.readString(manifests.findFirst().orElseThrow());
            assertThat(manifest).contains("\"outcome\" : \"fault\"").contains("\"exit_code\" : 1")
                    .contains("\"stage\" : \"report\"");
        }
    }

    @Test
    void verbosePrintsTheStackTraceOfAFault() throws IOException {
        Path warehouse = warehouseWithEmptyRun("analyze");
        Files.writeString(warehouse.resolve("_staging"), "not a folder");

        CommandRun run = CommandRun.of("report", "--warehouse", warehouse.toString(), "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAULT);
        assertThat(run.err()).startsWith("error: the report stage failed with an internal fault: ")
                .contains("\tat com.hindsight.");
    }

    @Test
    void aDamagedIndexIsAFaultOfTheSearchCommand() throws IOException {
        Path warehouse = warehouseWithEmptyRun("index");
        Files.createDirectories(warehouse.resolve("index/20260101T000000Z-0000/lucene"));
        Files.writeString(warehouse.resolve("index/20260101T000000Z-0000/lucene/segments_1"),
                "garbage");

        CommandRun run = CommandRun.of("search", "--warehouse", warehouse.toString(), "x");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(run.err()).startsWith("error: hindsight search failed with an internal fault: ");
    }

    @Test
    void aFaultInASparkStageNamesTheStageAndKeepsThePreviousRun() throws IOException {
        Path warehouse = warehouseWithEmptyRun("ingest");

        CommandRun analyze = CommandRun.of("analyze", "--warehouse", warehouse.toString(),
                "--shuffle-partitions", "2");
        CommandRun ingest = CommandRun.of("ingest", "--input", archive().toString(),
                "--warehouse", unwritableWarehouse().toString(), "--shuffle-partitions", "2");

        assertThat(analyze.exitCode()).as(analyze.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(analyze.err()).startsWith("error: the analyze stage failed with an internal"
                + " fault: ");
        assertThat(warehouse.resolve("analyze")).doesNotExist();
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(ingest.err()).startsWith("error: the ingest stage failed with an internal"
                + " fault: ");
    }

    @Test
    void aFaultInTheIndexStageNamesIt() throws IOException {
        Path warehouse = warehouseWithEmptyRun("ingest");

        CommandRun index = CommandRun.of("index", "--warehouse", warehouse.toString(),
                "--shuffle-partitions", "2");

        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(index.err()).startsWith("error: the index stage failed with an internal fault: ");
        assertThat(warehouse.resolve("index")).doesNotExist();
    }

    @Test
    void generateAndConvertReportAFaultWhenTheyCannotWrite() throws IOException {
        Path file = temp.resolve("a-file");
        Files.writeString(file, "not a folder");
        Path csv = temp.resolve("export.csv");
        Files.writeString(csv, "Complaint ID,Product,Sub-product,Issue,Sub-issue,State,ZIP code,"
                + "Submitted via,Date received,Date sent to company,Company,Company response,"
                + "Timely response?,Consumer disputed?\n");

        CommandRun generate = CommandRun.of("generate", "--out", file.resolve("archive").toString());
        CommandRun convert = CommandRun.of("convert", "cfpb", "--in", csv.toString(), "--out",
                file.resolve("archive").toString());

        assertThat(generate.exitCode()).as(generate.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(generate.err()).startsWith("error: hindsight generate failed with an internal"
                + " fault: ");
        assertThat(convert.exitCode()).as(convert.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(convert.err()).startsWith("error: hindsight convert cfpb failed with an"
                + " internal fault: ");
    }

    @Test
    void aFaultInTheNightlySaysWhatStaysPublished() throws IOException {
        Path warehouse = unwritableWarehouse();

        CommandRun nightly = CommandRun.of("nightly", "--input", archive().toString(),
                "--warehouse", warehouse.toString(), "--shuffle-partitions", "2");

        assertThat(nightly.exitCode()).as(nightly.err()).isEqualTo(ExitCodes.FAULT);
        assertThat(nightly.err()).contains("nightly: the ingest stage failed; the ingest stage and"
                + " those after it keep their previous runs")
                .contains("error: the ingest stage failed with an internal fault: ");
    }

    @Test
    void everyHelpListsTheExitCodes() {
        for (String command : new String[] {"ingest", "analyze", "index", "search", "report",
                "nightly", "generate", "convert"}) {
            CommandRun help = CommandRun.of(command, "--help");

            assertThat(help.out()).as(command).contains("Exit codes:")
                    .contains("2   the user's to fix").contains("3   finished and published");
        }
    }
}
