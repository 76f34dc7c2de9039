package com.hindsight.cli;

import com.hindsight.jobs.analyze.AnalyzeJob;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.AnalyzeSummary;
import com.hindsight.jobs.index.IndexJob;
import com.hindsight.jobs.index.IndexSummary;
import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestSummary;
import com.hindsight.jobs.warehouse.Warehouse;
import com.hindsight.reports.ReportJob;
import com.hindsight.reports.ReportOptions;
import com.hindsight.reports.ReportSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight nightly}: the four stages in a row, in one JVM and one Spark session: ingest,
 * analyze, index (Spark), then report (no Spark, after the session is stopped). Each stage
 * publishes its own run atomically, so a failure or a kill leaves every stage before it published
 * and every stage from it on at its previous run; rerunning the command redoes all four.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on an archive: ingest, analyze, index and report, each"
                + " published atomically as if run one by one, in one JVM. Stops at the first stage"
                + " that fails; the stages before it stay published.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 published with quarantined records or"
                        + " skipped metrics documents."})
final class NightlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI).")
    String input;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder; created if missing. Must be local (the index).")
    String warehouse;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Records longer than this are quarantined as oversized (default 1000000).")
    Integer maxRecordBytes;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "Date review actions are judged overdue against (default: the last day"
                    + " with data).")
    String asOf;

    @Option(names = "--language", paramLabel = "zh|en",
            description = "Language of the reports (default en, or the config file's \"language\").")
    String language;

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published runs to keep of every stage (default 3).")
    Integer keepRuns;

    /** Seconds per stage, in the order run. */
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    @Override
    public Integer call() {
        HindsightConfig config = common.config(new HindsightConfig(null, maxRecordBytes, null, null,
                null, keepRuns, null, language));
        LocalDate asOfDate = AnalyzeCommand.parseDate(asOf);
        ReportOptions reportOptions = new ReportOptions(config.reportLanguage(), Set.of());
        PrintWriter out = spec.commandLine().getOut();
        IngestSummary ingested;
        SparkSession spark = SparkLauncher.start("nightly", common.master, config);
        try {
            // before anything is written: the index stage cannot use a remote warehouse
            new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration())
                    .requireLocal("hindsight nightly (its index stage, see docs/search.md)");
            ingested = stage(IngestJob.STAGE, () -> new IngestJob(spark, config.ingestOptions())
                    .run(input, warehouse));
            new IngestReport(out).print(ingested);
            AnalyzeSummary analyzed = stage(AnalyzeJob.STAGE, () -> new AnalyzeJob(spark,
                    AnalyzeOptions.defaults(), asOfDate).run(warehouse, config.keepRuns()));
            new AnalyzeReport(out).print(analyzed);
            IndexSummary indexed = stage(IndexJob.STAGE, () -> new IndexJob(spark)
                    .run(warehouse, config.keepRuns()));
            new IndexReport(out).print(indexed);
        } finally {
            spark.stop();
        }
        ReportSummary reported = stage(ReportJob.STAGE, () -> new ReportJob(reportOptions)
                .run(warehouse, config.keepRuns()));
        new WorkbooksReport(out).print(reported);
        out.println(timings());
        out.flush();
        return ingested.anyQuarantined() || reported.hasSkipped() ? ExitCodes.QUARANTINED
                : ExitCodes.OK;
    }

    /**
     * Runs one stage under a heading and times it. A failure says which stage failed and what
     * stays published, then goes on to the error handler unchanged (same message, same exit code).
     */
    private <T> T stage(String name, Supplier<T> job) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("== " + name);
        out.flush();
        long start = System.nanoTime();
        try {
            T summary = job.get();
            seconds.put(name, (System.nanoTime() - start) / 1e9);
            return summary;
        } catch (RuntimeException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("nightly: the " + name + " stage failed" + (seconds.isEmpty() ? ""
                    : "; " + String.join(", ", seconds.keySet()) + " published")
                    + "; the " + name + " stage and those after it keep their previous runs");
            err.flush();
            throw e;
        }
    }

    private String timings() {
        StringBuilder line = new StringBuilder("nightly:");
        double total = 0;
        for (Map.Entry<String, Double> stage : seconds.entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.1f s,", stage.getKey(), stage.getValue()));
            total += stage.getValue();
        }
        return line.append(String.format(Locale.ROOT, " total %.1f s", total)).toString();
    }
}
