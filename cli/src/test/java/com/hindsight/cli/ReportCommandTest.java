package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command's usage errors; the sample end to end is in SampleArchiveEndToEndTest. */
class ReportCommandTest {
    @TempDir
    Path temp;

    @Test
    void withoutAnAnalyzeRunItExitsTwoAndSaysWhatToRunFirst() {
        CommandRun result = CommandRun.of("report", "--warehouse", temp.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no published analyze run")
                .contains("run `hindsight analyze` first");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandRun result = CommandRun.of("report", "--warehouse", temp.toString(), "--language",
                "fr");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("language \"fr\" is not supported (zh or en)");
    }

    @Test
    void helpListsTheOptions() {
        CommandRun result = CommandRun.of("report", "--help");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("--incident").contains("--language").contains("--full")
                .contains("--keep-runs").contains("--config").doesNotContain("--master");
    }
}
