package com.hindsight.reports;

import com.hindsight.core.warehouse.ReportLayout;
import java.util.Objects;

/**
 * One workbook of the current report: its path in the run ({@code zh/incidents/INC-1.xlsx}),
 * its language, the incident it is about (null for the portfolio), the analyze run its figures
 * came from, whether the run that lists it wrote it or carried it over from the run before, and
 * the fingerprint of what it was made from ({@link WorkbookFingerprint}; null when listed by a
 * run older than fingerprints, which means "rewrite it").
 */
public record CurrentWorkbook(String workbook, Language language, String incidentId,
                              String analyzeRun, boolean written, String fingerprint) {
    public CurrentWorkbook {
        Objects.requireNonNull(workbook, "workbook is null");
        Objects.requireNonNull(language, "language is null");
        Objects.requireNonNull(analyzeRun, "analyzeRun is null");
    }

    /** The folder of its charts in the run: {@code zh/charts/INC-1}, {@code en/charts/portfolio}. */
    public String chartFolder() {
        return ReportLayout.chartFolder(language.code(), incidentId);
    }

    /** Whether it was made from exactly the inputs {@code fingerprint} stands for. */
    boolean madeFrom(String fingerprint) {
        return this.fingerprint != null && this.fingerprint.equals(fingerprint);
    }

    CurrentWorkbook carried() {
        return new CurrentWorkbook(workbook, language, incidentId, analyzeRun, false, fingerprint);
    }
}
