package com.hindsight.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the JSON settings file between the flags and the defaults. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON settings file; flags override it, it overrides the defaults.")
    Path file;

    /** The settings of a command: {@code flags}, then this file, then the defaults. */
    HindsightConfig resolve(HindsightConfig flags) {
        return HindsightConfig.resolve(flags, file);
    }
}
