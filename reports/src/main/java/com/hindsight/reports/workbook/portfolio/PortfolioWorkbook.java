package com.hindsight.reports.workbook.portfolio;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.reports.Labels;
import com.hindsight.reports.ReportPeriod;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.charts.PortfolioCharts;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.ComplaintSlaTable;
import com.hindsight.reports.workbook.ReportSource;
import com.hindsight.reports.workbook.ReportStyles;
import com.hindsight.reports.workbook.WorkbookContext;
import com.hindsight.reports.workbook.WorkbookFiles;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The portfolio workbook ({@code portfolio.xlsx}): severity ranking, response trends, recurring
 * root causes, open and overdue review actions, complaints by category, and the service levels of
 * all complaints, with the ranking and first-statement charts. One sheet per table, each with a
 * frozen header and a filter; a few rows per incident, so 100 incidents are small.
 */
public final class PortfolioWorkbook {
    /** The milestones of the response trends, in process order. */
    static final List<String> MILESTONES = Arrays.stream(Milestone.values()).map(Milestone::key)
            .toList();

    private final Labels labels;
    private final PortfolioCharts charts;

    private final ReportPeriod period;

    public PortfolioWorkbook(Labels labels, PortfolioCharts charts, ReportPeriod period) {
        this.labels = labels;
        this.charts = charts;
        this.period = period;
    }

    /** Writes the workbook to {@code out} and returns its charts. */
    public List<ChartImage> write(PortfolioMetrics portfolio, String analyzeRun,
                                  OutputStream out) {
        // the target the analyze run used, from the document: not analyze's code defaults
        double firstStatementTargetHours = portfolio.firstStatementTargetHours();
        ChartImage ranking = charts.severityRanking(portfolio);
        ChartImage statements = charts.firstStatementHours(portfolio, firstStatementTargetHours);
        SXSSFWorkbook workbook = WorkbookFiles.create();
        try {
            WorkbookContext context = new WorkbookContext(workbook, new ReportStyles(workbook),
                    labels, new ReportSource(analyzeRun, portfolio.asOf()));
            // the sheets in the order they appear; a new sheet is one more line here
            CoverSheet.write(context, portfolio);
            SeverityRankingSheet.write(context, portfolio, ranking);
            ResponseTrendsSheet.write(context, portfolio, statements, firstStatementTargetHours);
            PeriodTrendsSheet.write(context, portfolio, period, firstStatementTargetHours);
            RootCausesSheet.write(context, portfolio);
            OpenActionsSheet.write(context, portfolio);
            ComplaintsByCategorySheet.write(context, portfolio);
            var sla = context.sheet("portfolio_sla");
            ComplaintSlaTable.write(context, sla, 0, portfolio.document().list("complaint_sla"))
                    .autoFilter();
            DrillsVersusRealSheet.write(context, portfolio);
            context.finish();
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
        WorkbookFiles.write(workbook, labels.get("workbook.portfolio.title"),
                portfolio.documentDate(), out);
        return List.of(ranking, statements);
    }
}
