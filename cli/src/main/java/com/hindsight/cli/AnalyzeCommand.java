package com.hindsight.cli;

import com.hindsight.jobs.analyze.AnalyzeJob;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.AnalyzeSummary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Compute the review metrics from the published ingest run: spread (hourly"
                + " volume, peak, decay, cascades, key spreaders, sentiment), response times"
                + " against targets and the effect of the first statement, early-warning"
                + " backtest, complaint SLAs and backlog, and the portfolio ranking. Writes"
                + " metrics tables and metrics/<incident_id>.json, metrics/portfolio.json;"
                + " publishes atomically.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage (e.g. no ingest run yet)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder holding a published ingest run.")
    String warehouse;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "Date review actions are judged overdue against (default: the last day"
                    + " with data, so reruns agree).")
    String asOf;

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published analyze runs to keep (default 3).")
    Integer keepRuns;

    @Override
    public Integer call() {
        HindsightConfig config = common.config(new HindsightConfig(null, null, null, null, null,
                keepRuns, null));
        LocalDate asOfDate = parseDate(asOf);
        SparkSession spark = SparkLauncher.start("analyze", common.master, config);
        try {
            AnalyzeSummary summary = new AnalyzeJob(spark, AnalyzeOptions.defaults(), asOfDate)
                    .run(warehouse, config.keepRuns());
            new AnalyzeReport(spec.commandLine().getOut()).print(summary);
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of \"" + text + "\" is not a date (yyyy-MM-dd)");
        }
    }
}
