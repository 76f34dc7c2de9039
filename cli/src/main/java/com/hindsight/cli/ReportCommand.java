package com.hindsight.cli;

import com.hindsight.reports.Language;
import com.hindsight.reports.ReportJob;
import com.hindsight.reports.ReportOptions;
import com.hindsight.reports.ReportSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight report}: workbooks and charts from the published analyze run. Starts no Spark
 * session, so it takes only the options it uses (not the Spark ones of {@link CommonOptions}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write Excel workbooks and charts for management from the published analyze"
                + " run: incidents/<incident_id>.xlsx per incident (summary, spread, cascades,"
                + " response, complaints, lessons learned), portfolio.xlsx, charts/*.png and"
                + " report-summary.json; publishes atomically. No Spark.",
                "Exit codes: 0 ok, 1 failure, 2 bad usage (e.g. no analyze run yet),"
                        + " 3 published but some metrics documents were skipped."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warehouse", required = true, paramLabel = "DIR",
            description = "The warehouse folder holding a published analyze run.")
    String warehouse;

    @Option(names = "--incident", paramLabel = "ID",
            description = "Write the workbook of this incident only (repeatable; default all)."
                    + " The portfolio workbook is always written.")
    List<String> incidents = List.of();

    @Option(names = "--language", paramLabel = "zh|en",
            description = "Language of sheet names, headers and charts (default en, or the"
                    + " config file's \"language\").")
    String language;

    @Option(names = "--keep-runs", paramLabel = "N",
            description = "Published report runs to keep (default 3).")
    Integer keepRuns;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON settings file; flags override it, it overrides the defaults.")
    Path configFile;

    @Override
    public Integer call() {
        HindsightConfig config = HindsightConfig.resolve(new HindsightConfig(null, null, null, null,
                null, keepRuns, null, language), configFile);
        Language chosen = config.reportLanguage();
        ReportSummary summary = new ReportJob(new ReportOptions(chosen, Set.copyOf(incidents)))
                .run(warehouse, config.keepRuns());
        new WorkbooksReport(spec.commandLine().getOut()).print(summary);
        return summary.hasSkipped() ? ExitCodes.QUARANTINED : ExitCodes.OK;
    }
}
