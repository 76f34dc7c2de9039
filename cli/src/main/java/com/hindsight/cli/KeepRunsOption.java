package com.hindsight.cli;

import picocli.CommandLine.Option;

/** {@code --keep-runs N}: how many published runs each stage keeps. */
final class KeepRunsOption {
    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published runs to keep per stage (default "
                    + HindsightConfig.DEFAULT_KEEP_RUNS + ").")
    Integer keepRuns;
}
