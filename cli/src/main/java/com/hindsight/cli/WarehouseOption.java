package com.hindsight.cli;

import picocli.CommandLine.Option;

/**
 * {@code --warehouse DIR}: every stage command and search take it. Without it, the config file's
 * {@code paths.warehouse} ({@link HindsightConfig#warehouseLocation()}).
 */
final class WarehouseOption {
    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "The warehouse folder: a local path, or a Hadoop URI (hdfs://...) for the"
                    + " Spark stages; created when a stage first publishes into it (default: the"
                    + " config file's \"paths\": {\"warehouse\": ...}; one of the two is required).")
    String location;
}
