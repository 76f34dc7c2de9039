package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight convert} through the real command line: output, problems and exit codes. */
class ConvertCommandTest {
    /** The six real trees kept for the jobs module's tests (see their PROVENANCE.md). */
    private static final Path TWITTER = Path.of("..", "jobs", "src", "test", "resources",
            "datasets", "twitter");
    private static final Path CFPB_2014 = Path.of("..", "jobs", "src", "test", "resources",
            "datasets", "cfpb", "complaints_2014_subset.csv");

    @TempDir
    Path temp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void convertsTheTwitterSubsetAndPrintsItsCounts() {
        Path archive = temp.resolve("archive");

        CommandRun result = run("convert", "twitter-trees", "--in", TWITTER.resolve("twitter15")
                .toString(), "--in", TWITTER.resolve("twitter16").toString(), "--out",
                archive.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).isEmpty();
        // 125 + 102 and 100 + 105 + 92 + 141 nodes (tree_metrics.py)
        assertThat(result.out()).containsPattern("twitter15\\s+2\\s+227\\s")
                .containsPattern("twitter16\\s+4\\s+438\\s")
                .contains("time zero: each source tweet's own time")
                .contains("archive: " + archive);
        assertThat(archive.resolve("media/twitter15.jsonl")).exists();
        assertThat(archive.resolve("incidents/twitter16.jsonl")).exists();
    }

    @Test
    void reportsABadLineWithFileAndLineAndExitsThree() throws IOException {
        Path tree = Files.createDirectories(temp.resolve("twitter15/tree"));
        Files.writeString(tree.resolve("100.txt"), "['ROOT', 'ROOT', '0.0']->['7', '100', '0.0']\n"
                + "garbage\n");

        CommandRun result = run("convert", "twitter-trees", "--in", temp.resolve("twitter15")
                .toString(), "--out", temp.resolve("archive").toString(), "--start",
                "2015-01-01T00:00:00Z");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(result.err()).contains("problem: twitter15/tree/100.txt line 2: not an edge")
                .contains("(bad_edge)");
        assertThat(result.out()).contains("time zero: 2015-01-01T00:00:00Z")
                .contains("problems: bad_edge 1");
    }

    @Test
    void convertsACfpbExportAndPrintsTheTimelyShare() {
        CommandRun result = run("convert", "cfpb", "--in", CFPB_2014.toString(), "--out",
                temp.resolve("archive").toString());

        // the 41 records of the subset are all "Yes" (counted with Python's csv module)
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).containsPattern("complaints_2014_subset.csv\\s+41\\s+41\\s+0\\s+41"
                + "\\s+0\\s+100.00%");
        assertThat(temp.resolve("archive/complaints/complaints_2014_subset.csv")).exists();
    }

    @Test
    void exitsTwoOnBadUsage() {
        assertThat(run("convert").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("convert", "twitter-trees", "--in", temp.resolve("missing").toString(),
                "--out", temp.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CommandRun badStart = run("convert", "twitter-trees", "--in", TWITTER.resolve("twitter15")
                .toString(), "--out", temp.toString(), "--start", "yesterday");
        assertThat(badStart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badStart.err()).contains("--start \"yesterday\" is not an ISO-8601 instant");
        assertThat(run("convert", "cfpb", "--in", temp.resolve("none.csv").toString(), "--out",
                temp.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
