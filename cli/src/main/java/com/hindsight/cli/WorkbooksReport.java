package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.reports.ReportSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** What a report run wrote: a line per incident workbook, the documents skipped and the totals. */
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
        out.printf(Locale.ROOT, "workbooks: %d, charts: %d, language: %s, from analyze run"
                        + " %s, %.1f s%n", summary.workbooks().size(), summary.charts(),
                summary.language().code(), summary.analyzeRunId(), summary.totalSeconds());
        long carried = summary.current().stream().filter(w -> !w.written()).count();
        if (carried > 0) {
            out.printf(Locale.ROOT, "kept current from the previous report run: %d workbooks"
                    + " (%s)%n", carried, String.join(", ", summary.current().stream()
                    .filter(w -> !w.written()).map(w -> w.workbook()).toList()));
        }
        out.println("published: " + published.run().display());
        out.flush();
    }
}
