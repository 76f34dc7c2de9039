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

    @Mixin
    IndexDirOption indexDir;

    @Option(names = "--input", paramLabel = "DIR",
            description = "The archive folder (local path or a Hadoop URI; default: the config"
                    + " file's \"paths\": {\"archive\": ...}; one of the two is required).")
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
            description = "Rebuild everything. By default each stage carries over what did not"
                    + " change: ingest reads only the files that are new or changed since its"
                    + " current run, analyze computes only the incidents whose inputs changed, the"
                    + " index is updated in place (only new and changed documents analysed), and"
                    + " report rewrites only the workbooks whose metrics document changed; the"
                    + " result is the same.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(spark.flags(HindsightConfig.builder()
                .maxRecordBytes(maxRecordBytes).archive(input).language(language)));
        return stage.run(spec, settings, spark.master, indexDir, List.of(
                new IngestStep(settings.archiveLocation(), full), new AnalyzeStep(asOf, full),
                new IndexStep(full), new ReportStep(Set.of(), full)));
    }
}
