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
 */
public record ReportOptions(Language language, Set<String> incidents, ReportPeriod period) {
    public ReportOptions {
        Objects.requireNonNull(language, "language is null");
        Objects.requireNonNull(period, "period is null");
        incidents = Set.copyOf(new TreeSet<>(Objects.requireNonNull(incidents, "incidents is null")));
    }

    /** Trends by month. */
    public ReportOptions(Language language, Set<String> incidents) {
        this(language, incidents, ReportPeriod.MONTH);
    }

    public static ReportOptions allIncidents(Language language) {
        return new ReportOptions(language, Set.of());
    }

    boolean includes(String incidentId) {
        return incidents.isEmpty() || incidents.contains(incidentId);
    }
}
