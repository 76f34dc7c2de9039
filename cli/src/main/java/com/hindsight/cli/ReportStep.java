package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.reports.ReportJob;
import com.hindsight.reports.ReportOptions;
import com.hindsight.reports.ReportPeriod;
import com.hindsight.reports.ReportSummary;
import java.io.PrintWriter;
import java.util.Set;

/** The report stage on the command line: the published analyze run in, workbooks out. No Spark. */
final class ReportStep extends StageStep<ReportSummary> {
    private final Set<String> incidents;
    private final String periodText;
    private ReportOptions options;

    /** @param incidents the incidents to write workbooks of; empty for all */
    ReportStep(Set<String> incidents) {
        this(incidents, null);
    }

    /**
     * @param incidents the incidents to write workbooks of; empty for all
     * @param period    --period as typed (month, quarter), null for month
     */
    ReportStep(Set<String> incidents, String period) {
        super(Stage.REPORT);
        this.incidents = Set.copyOf(incidents);
        this.periodText = period;
    }

    @Override
    boolean needsSpark() {
        return false;
    }

    @Override
    void check(StageContext context) {
        options = new ReportOptions(context.config().reportLanguage(), incidents,
                periodText == null ? ReportPeriod.MONTH : ReportPeriod.parse(periodText));
        context.config().keepRunsChecked();
    }

    @Override
    Published<ReportSummary> run(StageContext context) {
        return new ReportJob(options).run(context.warehouse(), context.config().keepRunsChecked());
    }

    @Override
    void print(Published<ReportSummary> published, PrintWriter out) {
        new WorkbooksReport(out).print(published);
    }
}
