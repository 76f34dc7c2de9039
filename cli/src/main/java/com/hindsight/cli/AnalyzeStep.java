package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.jobs.analyze.AnalyzeJob;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.analyze.AnalyzeSummary;
import com.hindsight.playbook.Playbook;
import java.io.PrintWriter;
import java.time.LocalDate;

/** The analyze stage on the command line: the published ingest run in, the metrics out. */
final class AnalyzeStep extends StageStep<AnalyzeSummary> {
    private final String asOfText;
    private final boolean full;
    private LocalDate asOf;
    private Playbook playbook;
    private AnalyzeOptions options;

    /**
     * @param asOf the --as-of date as typed, or null for today in the configured time zone
     * @param full compute every incident, not only those whose inputs changed
     */
    AnalyzeStep(String asOf, boolean full) {
        super(Stage.ANALYZE);
        this.asOfText = asOf;
        this.full = full;
    }

    @Override
    boolean needsSpark() {
        return true;
    }

    @Override
    void check(StageContext context) {
        LocalDate typed = Dates.parse("--as-of", asOfText);
        // "today" is the analyst's day, where the bank is, not the machine's or UTC's
        asOf = typed != null ? typed : LocalDate.now(context.config().zone());
        playbook = context.config().scoringPlaybook();
        options = context.config().analyzeOptions();
    }

    @Override
    Published<AnalyzeSummary> run(StageContext context) {
        return new AnalyzeJob(context.spark(), options, asOf, playbook)
                .run(context.warehouse(), context.config().keepRunsChecked(), full);
    }

    @Override
    void print(Published<AnalyzeSummary> published, PrintWriter out) {
        new AnalyzeReport(out).print(published);
    }
}
