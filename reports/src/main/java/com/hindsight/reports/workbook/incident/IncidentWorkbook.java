package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.charts.IncidentCharts;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.workbook.ReportSource;
import com.hindsight.reports.workbook.ReportStyles;
import com.hindsight.reports.workbook.WorkbookContext;
import com.hindsight.reports.workbook.WorkbookFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One incident's workbook ({@code incidents/<incident_id>.xlsx}) and its charts. Sheets: Brief,
 * Summary, Spread, Cascades and key spreaders, Coverage, Response, Complaints, Complaint backlog,
 * Complaints vs posts, Lessons learned, Playbook (docs/reports.md). Streaming: the long tables (hours, days) keep
 * {@code 200} rows in memory, so memory is bounded by the metrics document, not the sheet length.
 */
public final class IncidentWorkbook {
    private final Labels labels;
    private final IncidentCharts charts;

    public IncidentWorkbook(Labels labels, IncidentCharts charts) {
        this.labels = labels;
        this.charts = charts;
    }

    /**
     * Renders the incident's charts, writes its workbook to {@code out} (native charts bound to
     * the sheets, the spread and negative-share pictures embedded), and returns the four charts
     * as pictures (written as PNG files for other tools).
     *
     * @param analyzeRun the analyze run the document came from, shown on the brief; null if none
     *
     * @throws com.hindsight.reports.metrics.MetricsDocumentException naming the document and key
     *         when the document lacks a key or holds a value of the wrong type
     */
    public List<ChartImage> write(IncidentMetrics metrics, String analyzeRun, OutputStream out) {
        HourlySeries hourly = HourlySeries.of(metrics);
        ChartImage volume = charts.hourlyVolume(metrics, hourly);
        ChartImage negative = charts.negativeShare(metrics, hourly);
        ChartImage versus = charts.complaintsVersusPosts(metrics);
        ChartImage milestones = charts.responseMilestones(metrics);
        SXSSFWorkbook workbook = WorkbookFiles.create();
        try {
            WorkbookContext context = new WorkbookContext(workbook, new ReportStyles(workbook),
                    labels, new ReportSource(analyzeRun, metrics.asOf()));
            // the sheets in the order they appear; a new sheet is one more line here
            BriefSheet.write(context, metrics, hourly, volume);
            SummarySheet.write(context, metrics);
            SpreadSheet.write(context, hourly, negative);
            CascadesSheet.write(context, metrics);
            CoverageSheet.write(context, metrics);
            ResponseSheet.write(context, metrics);
            ComplaintsSheet.write(context, metrics);
            BacklogSheet.write(context, metrics);
            ComplaintsVersusPostsSheet.write(context, metrics);
            LessonsSheet.write(context, metrics);
            PlaybookSheet.write(context, metrics);
            context.finish();
        } catch (RuntimeException e) {
            dispose(workbook);
            throw e;
        }
        WorkbookFiles.write(workbook, labels.format("workbook.incident.title", metrics.incidentId()),
                metrics.documentDate(), out);
        return List.of(volume, negative, versus, milestones);
    }

    private static void dispose(SXSSFWorkbook workbook) {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing was written; the temporary files are already gone
        }
    }
}
