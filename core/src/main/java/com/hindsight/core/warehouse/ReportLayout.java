package com.hindsight.core.warehouse;

/**
 * Where a report run keeps its files, one folder per language so that both languages can be
 * current side by side:
 *
 * <pre>
 * zh/incidents/INC-2024-001.xlsx   en/incidents/INC-2024-001.xlsx
 * zh/portfolio.xlsx                en/portfolio.xlsx
 * zh/charts/INC-2024-001/*.png     en/charts/portfolio/*.png
 * report-summary.json              (every current workbook, written or carried over)
 * </pre>
 *
 * <p>The one place of this layout: the report stage writes it, the case room reads it. A language
 * is its code ({@code zh}, {@code en}).
 */
public final class ReportLayout {
    private ReportLayout() {
    }

    public static String incidentWorkbook(String language, String incidentId) {
        return language + "/incidents/" + incidentId + ".xlsx";
    }

    public static String portfolioWorkbook(String language) {
        return language + "/portfolio.xlsx";
    }

    /** The charts of an incident, or of the portfolio when {@code incidentId} is null. */
    public static String chartFolder(String language, String incidentId) {
        return language + "/charts/" + (incidentId == null ? "portfolio" : incidentId);
    }
}
