package com.hindsight.cli;

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

    void print(AnalyzeSummary summary) {
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
        out.println("open review actions judged as of " + summary.asOf());
        out.println("published: " + summary.runFolder());
        out.println("documents: " + summary.runFolder() + "/metrics/");
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
