package com.hindsight.reports;

import com.hindsight.reports.charts.ChartFont;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.charts.ChartPainter;
import com.hindsight.reports.charts.IncidentCharts;
import com.hindsight.reports.charts.PortfolioCharts;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.incident.IncidentWorkbook;
import com.hindsight.reports.workbook.portfolio.PortfolioWorkbook;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the workbooks of one language, without a warehouse: the entry point for code that has
 * a metrics document in hand (the report stage, benchmarks). Not thread-safe; one per thread.
 */
public final class ReportWriter {
    private final IncidentWorkbook incidents;
    private final PortfolioWorkbook portfolio;
    private final String analyzeRun;

    /** A writer drawing charts with the best installed font ({@link ChartFont#installed()}). */
    public ReportWriter(Language language) {
        this(language, ChartFont.installed(), null);
    }

    /**
     * @param analyzeRun the analyze run the documents come from, shown on every workbook's cover
     *                   (null: shown as none)
     */
    public ReportWriter(Language language, ChartFont font, String analyzeRun) {
        this(language, font, analyzeRun, ReportPeriod.MONTH);
    }

    /** @param period the periods the portfolio's trends are grouped by */
    public ReportWriter(Language language, ChartFont font, String analyzeRun, ReportPeriod period) {
        this.analyzeRun = analyzeRun;
        Labels labels = Labels.of(language);
        ChartPainter painter = new ChartPainter(font);
        this.incidents = new IncidentWorkbook(labels, new IncidentCharts(labels, painter));
        this.portfolio = new PortfolioWorkbook(labels, new PortfolioCharts(labels, painter),
                period);
    }

    /**
     * Writes one incident's workbook to {@code out} and returns its charts (also embedded).
     * Cost: dominated by rendering the four charts (PNG encoding); the workbook streams its rows.
     */
    public List<ChartImage> incident(IncidentMetrics metrics, OutputStream out) {
        return incidents.write(metrics, analyzeRun, out);
    }

    /** Writes the portfolio workbook to {@code out} and returns its charts (also embedded). */
    public List<ChartImage> portfolio(PortfolioMetrics metrics, OutputStream out) {
        return portfolio.write(metrics, analyzeRun, out);
    }
}
