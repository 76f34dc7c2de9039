package com.hindsight.cli;

import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestSummary;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read an archive (media, complaints, incidents, actions, reviews), validate"
                + " every record, quarantine the bad ones with file, line and reason, mask personal"
                + " data, drop duplicates, link posts and complaints to incidents, and publish the"
                + " warehouse tables atomically.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 published with quarantined records."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI such as hdfs://...).")
    String input;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder; created if missing.")
    String warehouse;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Records longer than this are quarantined as oversized (default 1000000).")
    Integer maxRecordBytes;

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published ingest runs to keep (default 3).")
    Integer keepRuns;

    @Override
    public Integer call() {
        HindsightConfig config = common.config(new HindsightConfig(null, maxRecordBytes, null, null,
                null, keepRuns, null));
        var options = config.ingestOptions();
        SparkSession spark = SparkLauncher.start("ingest", common.master, config);
        try {
            IngestSummary summary = new IngestJob(spark, options).run(input, warehouse);
            new IngestReport(spec.commandLine().getOut()).print(summary);
            return summary.anyQuarantined() ? ExitCodes.QUARANTINED : ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }
}
