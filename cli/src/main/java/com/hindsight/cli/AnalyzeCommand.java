package com.hindsight.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Compute the review metrics from the published ingest run: spread (hourly"
                + " volume, peak, decay, cascades, key spreaders, sentiment), response times"
                + " against targets and the effect of the first statement, early-warning"
                + " backtest, complaint SLAs and backlog, and the portfolio ranking. Writes"
                + " metrics tables and metrics/<incident_id>.json, metrics/portfolio.json;"
                + " publishes atomically.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StageOptions stage;

    @Mixin
    SparkOptions spark;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "The day review actions are judged overdue against, written into the"
                    + " metrics documents and shown on every workbook (default: today in the"
                    + " configured time zone; give a date to backfill or reproduce a run).")
    String asOf;

    @Option(names = "--full",
            description = "Compute every incident. By default an incident whose posts, actions,"
                    + " injects and register row are unchanged since the current analyze run (and"
                    + " the settings too) keeps its figures from it; the result is the same.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(spark.flags(HindsightConfig.builder()));
        return stage.run(spec, settings, spark.master, List.of(new AnalyzeStep(asOf, full)));
    }
}
