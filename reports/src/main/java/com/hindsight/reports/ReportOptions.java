package com.hindsight.reports;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the report stage writes.
 *
 * @param language  the language of every label, sheet name and chart title
 * @param incidents the incidents to write workbooks for; empty = every incident (the portfolio
 *                  workbook is always written)
 * @param period    the periods the portfolio's trends are grouped by
 * @param full      rewrite every incident workbook asked for; false: carry over from the current
 *                  report run those whose inputs are unchanged ({@link WorkbookFingerprint})
 */
public record ReportOptions(Language language, Set<String> incidents, ReportPeriod period,
                            boolean full) {
    public ReportOptions {
        Objects.requireNonNull(language, "language is null");
        Objects.requireNonNull(period, "period is null");
        incidents = Set.copyOf(new TreeSet<>(Objects.requireNonNull(incidents, "incidents is null")));
    }

    /** Rewrites only what changed. */
    public ReportOptions(Language language, Set<String> incidents, ReportPeriod period) {
        this(language, incidents, period, false);
    }

    /** Trends by month; rewrites only what changed. */
    public ReportOptions(Language language, Set<String> incidents) {
        this(language, incidents, ReportPeriod.MONTH);
    }

    public static ReportOptions allIncidents(Language language) {
        return new ReportOptions(language, Set.of());
    }

    /** The same options with every workbook asked for rewritten ({@code --full}). */
    public ReportOptions rewritingAll() {
        return new ReportOptions(language, incidents, period, true);
    }

    boolean includes(String incidentId) {
        return incidents.isEmpty() || incidents.contains(incidentId);
    }
}
