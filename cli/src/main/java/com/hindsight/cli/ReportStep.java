package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.reports.ReportJob;
import com.hindsight.reports.ReportOptions;
import com.hindsight.reports.ReportPeriod;
import com.hindsight.reports.ReportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The report stage on the command line: the published analyze run in, workbooks out. No Spark. */
final class ReportStep extends StageStep<ReportSummary> {
    private static final Logger LOG = LoggerFactory.getLogger(ReportStep.class);
    private final Set<String> incidents;
    private final String periodText;
    private final boolean full;
    private ReportOptions options;
    private Path latest;
    private boolean warehouseIsLocal = true;

    /**
     * @param incidents the incidents to write workbooks of; empty for all
     * @param full      rewrite every workbook asked for; false: only those whose inputs changed
     */
    ReportStep(Set<String> incidents, boolean full) {
        this(incidents, null, full);
    }

    /**
     * @param incidents the incidents to write workbooks of; empty for all
     * @param period    --period as typed (month, quarter), null for month
     * @param full      rewrite every workbook asked for; false: only those whose inputs changed
     */
    ReportStep(Set<String> incidents, String period, boolean full) {
        super(Stage.REPORT);
        this.incidents = Set.copyOf(incidents);
        this.periodText = period;
        this.full = full;
    }

    @Override
    boolean needsSpark() {
        return false;
    }

    @Override
    void check(StageContext context) {
        options = new ReportOptions(context.config().reportLanguage(), incidents,
                periodText == null ? ReportPeriod.MONTH : ReportPeriod.parse(periodText), full);
        context.config().keepRunsChecked();
    }

    @Override
    Published<ReportSummary> run(StageContext context) {
        Published<ReportSummary> published = new ReportJob(options).run(context.warehouse(),
                context.config().keepRunsChecked());
        warehouseIsLocal = context.warehouseIsLocal();
        context.localWarehouse().ifPresent(warehouse -> pointLatest(warehouse, published));
        return published;
    }

    /** The run is published whatever happens here: a link that cannot be made is a warning. */
    private void pointLatest(Path warehouse, Published<ReportSummary> published) {
        try {
            latest = LatestReports.point(warehouse, published.run().runId());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("stage=report could not point {} at the new run: {}",
                    warehouse.resolve(LatestReports.NAME), ErrorHandler.describe(e));
        }
    }

    @Override
    void print(Published<ReportSummary> published, PrintWriter out) {
        new WorkbooksReport(out).print(published);
        if (latest != null) {
            out.println("latest reports: " + latest);
        } else if (!warehouseIsLocal) {
            out.println("latest reports: " + published.run().display() + " (no `"
                    + LatestReports.NAME + "` link: the warehouse is not a local folder, and only"
                    + " a local warehouse has one)");
        }
    }
}
