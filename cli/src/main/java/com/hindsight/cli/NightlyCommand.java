package com.hindsight.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight nightly}: the four stages in a row, in one JVM: ingest, analyze, index (one
 * Spark session), then report (no Spark, after the session is stopped). Each stage publishes its
 * own run, so a failure or a kill leaves every stage before it published and every stage from it
 * on at its previous run; rerunning the command redoes all four.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on an archive: ingest, analyze, index and report, each"
                + " published atomically as if run one by one, in one JVM. Stops at the first stage"
                + " that fails; the stages before it stay published.")
final class NightlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StageOptions stage;

    @Mixin
    SparkOptions spark;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI).")
    String input;

    @Option(names = "--max-record-bytes", paramLabel = "N",
            description = "Records longer than this are quarantined as oversized (default "
                    + HindsightConfig.DEFAULT_MAX_RECORD_BYTES + ").")
    Integer maxRecordBytes;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd",
            description = "The day review actions are judged overdue against, written into the"
                    + " metrics documents and shown on every workbook (default: today in the"
                    + " configured time zone; give a date to backfill or reproduce a run).")
    String asOf;

    @Option(names = "--language", paramLabel = "zh|en",
            description = "Language of the reports (default " + HindsightConfig.DEFAULT_LANGUAGE
                    + ", or the config file's \"language\").")
    String language;

    @Option(names = "--full",
            description = "Read the whole archive and rebuild the search index from nothing. By"
                    + " default only files that are new or changed since the current ingest run"
                    + " are read (the records of unchanged files are carried over) and the index"
                    + " is updated in place (only new and changed documents analysed); the result"
                    + " is the same.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(spark.flags(HindsightConfig.builder()
                .maxRecordBytes(maxRecordBytes).language(language)));
        return stage.run(spec, settings, spark.master, List.of(new IngestStep(input, full),
                new AnalyzeStep(asOf), new IndexStep(full), new ReportStep(Set.of())));
    }
}
