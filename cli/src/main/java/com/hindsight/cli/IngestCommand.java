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
    StageOptions stage;

    @Mixin
    SparkOptions spark;

    @Option(names = "--input", paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI such as hdfs://...;"
                    + " default: the config file's \"paths\": {\"archive\": ...}; one of the two"
                    + " is required).")
    String input;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Records longer than this are quarantined as oversized (default "
                    + HindsightConfig.DEFAULT_MAX_RECORD_BYTES + ").")
    Integer maxRecordBytes;

    @Option(names = "--full",
            description = "Read the whole archive. By default only files that are new or changed"
                    + " since the current ingest run are read; the records of unchanged files are"
                    + " carried over and the result is the same.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(spark.flags(HindsightConfig.builder()
                .maxRecordBytes(maxRecordBytes).archive(input)));
        return stage.run(spec, settings, spark.master, List.of(new IngestStep(settings.archiveLocation(), full)));
    }
}
