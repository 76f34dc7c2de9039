package com.hindsight.cli;

import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.Published;
import com.hindsight.jobs.analyze.AnalyzeSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The short per-incident summary of an analyze run, most severe first. */
final class AnalyzeReport {
    private final PrintWriter out;

    AnalyzeReport(PrintWriter out) {
        this.out = out;
    }

    void print(Published<AnalyzeSummary> published) {
        AnalyzeSummary summary = published.summary();
        out.printf(Locale.ROOT, "%-14s %-17s %8s %7s %6s %9s %10s %10s%n", "incident", "category",
                "severity", "posts", "peak/h", "negative", "complaints", "statement");
        for (Map<String, Object> incident : summary.incidents()) {
            out.printf(Locale.ROOT, "%-14s %-17s %8s %7s %6s %9s %10s %10s%n",
                    incident.get("incident_id"), incident.get("category"),
                    number(incident.get("severity"), "%.1f"), number(incident.get("total_posts"), "%d"),
                    number(incident.get("peak_posts"), "%d"),
                    percent(incident.get("negative_share")),
                    number(incident.get("complaints"), "%d"), hours(incident.get("statement_hours")));
        }
        out.println();
        out.printf(Locale.ROOT, "posts analysed: %d (sentiment from the model for %d)%n",
                summary.postsAnalysed(), summary.postsScoredByModel());
        if (summary.postsUnlinked() > 0) {
            out.printf(Locale.ROOT, "posts left out: %d linked to no incident (no incident_id and"
                    + " no incident query matched them at ingest)%n", summary.postsUnlinked());
        }
        out.println("open review actions judged as of " + summary.asOf());
        out.println("published: " + published.run().display());
        out.println("documents: " + published.run().display(MetricsContract.FOLDER));
        out.flush();
    }

    private static String number(Object value, String format) {
        return value == null ? "-" : String.format(Locale.ROOT, format, value);
    }

    private static String percent(Object value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.0f%%",
                ((Number) value).doubleValue() * 100);
    }

    private static String hours(Object value) {
        return value == null ? "none" : String.format(Locale.ROOT, "%.1f h",
                ((Number) value).doubleValue());
    }
}
