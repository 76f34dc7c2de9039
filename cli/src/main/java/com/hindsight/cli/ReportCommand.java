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
 * {@code hindsight report}: workbooks and charts from the published analyze run. Starts no Spark
 * session, so it takes no Spark options.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write Excel workbooks and charts for management from the published analyze"
                + " run: <language>/incidents/<incident_id>.xlsx per incident (a one-page brief,"
                + " summary, spread, cascades, response, complaints, lessons learned),"
                + " <language>/portfolio.xlsx, <language>/charts/*.png and report-summary.json;"
                + " publishes atomically. An incident workbook is rewritten only when its metrics"
                + " document (as-of date included), the language, the period, the report format"
                + " or the chart font changed; the others are carried over unchanged (--full"
                + " rewrites all). Workbooks this run does not rewrite (the other language, other"
                + " incidents) stay current. No Spark.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StageOptions stage;

    @Option(names = "--incident", paramLabel = "ID",
            description = "Write the workbook of this incident only (repeatable; default all)."
                    + " The portfolio workbook is always written; the other incidents' workbooks"
                    + " stay current.")
    List<String> incidents = List.of();

    @Option(names = "--language", paramLabel = "zh|en",
            description = "Language of sheet names, headers and charts (default "
                    + HindsightConfig.DEFAULT_LANGUAGE + ", or the config file's \"language\").")
    String language;

    @Option(names = "--period", paramLabel = "month|quarter",
            description = "Group the portfolio's trends (incidents, median hours to the first"
                    + " statement, complaints per incident) by month or quarter (default month).")
    String period;

    @Option(names = "--full",
            description = "Rewrite every incident workbook asked for. By default one is rewritten"
                    + " only when what it is made from changed since the current report run (its"
                    + " metrics document, as-of date included; language; period; report format;"
                    + " chart font); the others are carried over unchanged, with the same result."
                    + " The portfolio is always rewritten.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(HindsightConfig.builder().language(language));
        return stage.run(spec, settings, null, List.of(new ReportStep(Set.copyOf(incidents),
                period, full)));
    }
}
