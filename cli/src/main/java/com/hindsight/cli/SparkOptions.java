package com.hindsight.cli;

import picocli.CommandLine.Option;

/** The options of the commands that start Spark: cluster, time zone, shuffle partitions. */
final class SparkOptions {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default local[*]; under spark-submit, the cluster's).")
    String master;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of timestamps written without an offset, and of days and hours"
                    + " (default " + HindsightConfig.DEFAULT_TIME_ZONE + ").")
    String timeZone;

    @Option(names = "--shuffle-partitions", paramLabel = "N",
            description = "Spark shuffle partitions (default "
                    + HindsightConfig.DEFAULT_SHUFFLE_PARTITIONS + "; raise on a cluster).")
    Integer shufflePartitions;

    /** {@code config} with these flags set over it. */
    HindsightConfig.Builder flags(HindsightConfig.Builder config) {
        return config.timeZone(timeZone).shufflePartitions(shufflePartitions);
    }
}
