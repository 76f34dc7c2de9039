package com.hindsight.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every Spark command shares: configuration, cluster and time zone. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON settings file; flags override it, it overrides the defaults.")
    Path configFile;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default local[*]; under spark-submit, the cluster's).")
    String master;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of timestamps written without an offset (default Asia/Shanghai).")
    String timeZone;

    @Option(names = "--shuffle-partitions", paramLabel = "N",
            description = "Spark shuffle partitions (default 8; raise on a cluster).")
    Integer shufflePartitions;

    /** Flags, then the config file, then the defaults. */
    HindsightConfig config(HindsightConfig flags) {
        HindsightConfig common = new HindsightConfig(timeZone, null, null, null, null, null,
                shufflePartitions);
        return HindsightConfig.resolve(flags.orElse(common), configFile);
    }
}
