package com.hindsight.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read an archive (media, complaints, incidents, actions, reviews), validate"
                + " every record, quarantine the bad ones with file, line and reason, mask personal"
                + " data, drop duplicates, link posts and complaints to incidents, and publish the"
                + " warehouse tables atomically.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Mixin
    KeepRunsOption keepRuns;

    @Mixin
    SparkOptions spark;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI such as hdfs://...).")
    String input;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Records longer than this are quarantined as oversized (default "
                    + HindsightConfig.DEFAULT_MAX_RECORD_BYTES + ").")
    Integer maxRecordBytes;

    @Override
    public Integer call() {
        HindsightConfig settings = config.resolve(spark.flags(HindsightConfig.builder()
                .maxRecordBytes(maxRecordBytes).keepRuns(keepRuns.keepRuns)).build());
        return new StageRunner("ingest", spec.commandLine().getOut(), spec.commandLine().getErr(),
                false).run(List.of(new IngestStep(input)),
                new StageContext("ingest", settings, warehouse.location, spark.master));
    }
}
