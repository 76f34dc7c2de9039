package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.reports.CurrentWorkbook;
import com.hindsight.reports.ReportSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * What a report run wrote: a line per incident workbook written, the documents skipped, the
 * totals (written, carried over because unchanged), and the workbooks kept from the previous run
 * that were not this run's to write (the other language, other incidents).
 */
final class WorkbooksReport {
    private final PrintWriter out;

    WorkbooksReport(PrintWriter out) {
        this.out = out;
    }

    void print(Published<ReportSummary> published) {
        ReportSummary summary = published.summary();
        for (ReportSummary.IncidentTiming incident : summary.incidents()) {
            out.printf(Locale.ROOT, "%-14s %-30s %6.2f s%n", incident.incidentId(),
                    incident.workbook(), incident.seconds());
        }
        for (ReportSummary.SkippedDocument skipped : summary.skipped()) {
            out.println("skipped: " + skipped.reason());
        }
        out.printf(Locale.ROOT, "workbooks: %d written, %d unchanged and carried over%s,"
                        + " charts: %d, language: %s, from analyze run %s, %.1f s%n",
                summary.workbooks().size(), summary.unchanged().size(),
                summary.full() ? " (--full)" : "", summary.charts(), summary.language().code(),
                summary.analyzeRunId(), summary.totalSeconds());
        List<CurrentWorkbook> kept = summary.keptFromPrevious();
        if (!kept.isEmpty()) {
            out.printf(Locale.ROOT, "kept current from the previous report run: %d workbooks"
                    + " (%s)%n", kept.size(), String.join(", ",
                    kept.stream().map(CurrentWorkbook::workbook).toList()));
        }
        out.println("published: " + published.run().display());
        out.flush();
    }
}
