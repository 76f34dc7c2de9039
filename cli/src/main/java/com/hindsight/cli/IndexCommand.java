package com.hindsight.cli;

import com.hindsight.jobs.index.IndexJob;
import com.hindsight.jobs.index.IndexSummary;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build the search index of past cases from the published ingest run:"
                + " incidents with their response timeline, reviews, posts and complaints, in one"
                + " Lucene index (Chinese, English and Spanish analysed). Publishes atomically;"
                + " `hindsight search` reads it. The warehouse must be a local folder.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage (e.g. no ingest run yet)."})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder holding a published ingest run (local path).")
    String warehouse;

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published index runs to keep (default 3).")
    Integer keepRuns;

    @Override
    public Integer call() {
        HindsightConfig config = common.config(new HindsightConfig(null, null, null, null, null,
                keepRuns, null));
        SparkSession spark = SparkLauncher.start("index", common.master, config);
        try {
            IndexSummary summary = new IndexJob(spark).run(warehouse, config.keepRuns());
            new IndexReport(spec.commandLine().getOut()).print(summary);
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }
}
