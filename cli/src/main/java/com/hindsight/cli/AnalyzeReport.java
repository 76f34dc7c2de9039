package com.hindsight.cli;

import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.Published;
import com.hindsight.jobs.analyze.AnalyzeSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        printPlaybook(summary);
        out.println();
        out.printf(Locale.ROOT, "posts analysed: %d (sentiment from the model for %d)%n",
                summary.postsAnalysed(), summary.postsScoredByModel());
        if (summary.postsUnlinked() > 0) {
            out.printf(Locale.ROOT, "posts left out: %d linked to no incident (no incident_id and"
                    + " no incident query matched them at ingest)%n", summary.postsUnlinked());
        }
        printScope(summary.scope());
        out.println("open review actions judged as of " + summary.asOf());
        out.println("published: " + published.run().display());
        out.println("documents: " + published.run().display(MetricsContract.FOLDER));
        out.flush();
    }

    /** Which incidents were computed and which kept from the previous analyze run. */
    private void printScope(AnalyzeSummary.Scope scope) {
        if (scope.incremental()) {
            out.printf(Locale.ROOT, "incidents computed: %d of %d (%s); %d unchanged since"
                            + " analyze run %s kept as they were (--full computes all)%n",
                    scope.recomputed().size(), scope.recomputed().size() + scope.kept(),
                    scope.recomputed().isEmpty() ? "no input changed"
                            : String.join(", ", abbreviated(scope.recomputed())),
                    scope.kept(), scope.baseRun());
            if (scope.complaintsKept()) {
                out.println("complaint SLA and backlog: kept (the complaints are unchanged)");
            }
        } else {
            out.println("incidents computed: all (" + scope.wholeReason() + ")");
        }
    }

    /** The first ten ids and how many more. */
    private static List<String> abbreviated(List<String> ids) {
        if (ids.size() <= 10) {
            return ids;
        }
        List<String> shown = new ArrayList<>(ids.subList(0, 10));
        shown.add("and " + (ids.size() - 10) + " more");
        return shown;
    }

    /** Per incident its playbook score, drills first; then drills against real incidents. */
    @SuppressWarnings("unchecked")
    private void printPlaybook(AnalyzeSummary summary) {
        out.printf(Locale.ROOT, "playbook %s (details: hindsight playbook --warehouse ...)%n",
                summary.playbook());
        out.printf(Locale.ROOT, "%-14s %-6s %4s %4s %5s %6s %9s  %s%n", "incident", "kind", "met",
                "late", "early", "missed", "injects", "missed steps");
        List<Map<String, Object>> incidents = new ArrayList<>(summary.incidents());
        incidents.sort(Comparator.comparing(incident -> !"drill".equals(incident.get("kind"))));
        for (Map<String, Object> incident : incidents) {
            if (incident.get("kind") == null) {
                continue;
            }
            Object injects = incident.get("injects");
            out.printf(Locale.ROOT, "%-14s %-6s %4s %4s %5s %6s %9s  %s%n",
                    incident.get("incident_id"), incident.get("kind"),
                    incident.get("playbook_met"), incident.get("playbook_late"),
                    incident.get("playbook_early"), incident.get("playbook_missed"),
                    ((Number) injects).intValue() == 0 ? "-"
                            : incident.get("injects_answered") + "/" + injects + " ans.",
                    String.join(", ", (List<String>) incident.get("playbook_missed_steps")));
        }
        for (Map<String, Object> row : summary.drillsVersusReal()) {
            if (row.get("drill_median_hours") == null && row.get("real_median_hours") == null) {
                continue;
            }
            out.printf(Locale.ROOT, "drills vs real, %s, %s: drills median %s, real incidents"
                            + " median %s (target %s)%n", row.get("category"), row.get("action"),
                    hours(row.get("drill_median_hours")), hours(row.get("real_median_hours")),
                    hours(row.get("target_hours")));
        }
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
