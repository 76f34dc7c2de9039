package com.hindsight.cli;

import picocli.CommandLine.Option;

/** {@code --warehouse DIR}: every stage command and search take it. */
final class WarehouseOption {
    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder: a local path, or a Hadoop URI (hdfs://...) for the"
                    + " Spark stages; created when a stage first publishes into it.")
    String location;
}
