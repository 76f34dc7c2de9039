package com.hindsight.reports;

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
 */
public final class ReportLayout {
    private ReportLayout() {
    }

    public static String incidentWorkbook(Language language, String incidentId) {
        return language.code() + "/incidents/" + incidentId + ".xlsx";
    }

    public static String portfolioWorkbook(Language language) {
        return language.code() + "/portfolio.xlsx";
    }

    /** The charts of an incident, or of the portfolio when {@code incidentId} is null. */
    public static String chartFolder(Language language, String incidentId) {
        return language.code() + "/charts/" + (incidentId == null ? "portfolio" : incidentId);
    }
}
