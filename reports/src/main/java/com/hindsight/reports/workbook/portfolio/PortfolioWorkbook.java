package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.charts.PortfolioCharts;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.ReportStyles;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.StatusCells;
import com.hindsight.reports.workbook.WorkbookContext;
import com.hindsight.reports.workbook.WorkbookFiles;
import com.hindsight.reports.workbook.incident.ComplaintSlaTable;
import java.io.OutputStream;
import java.util.ArrayList;
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
    static final List<String> MILESTONES = List.of("detected", "alert", "verified",
            "plan_activated", "first_statement", "regulator_informed", "root_cause_found", "fixed",
            "closed", "subsided");

    private final Labels labels;
    private final PortfolioCharts charts;
    private final double firstStatementTargetHours;

    /** @param firstStatementTargetHours the target the first statement is judged against (4 h) */
    public PortfolioWorkbook(Labels labels, PortfolioCharts charts,
                             double firstStatementTargetHours) {
        this.labels = labels;
        this.charts = charts;
        this.firstStatementTargetHours = firstStatementTargetHours;
    }

    /** Writes the workbook to {@code out} and returns its charts. */
    public List<ChartImage> write(PortfolioMetrics portfolio, OutputStream out) {
        ChartImage ranking = charts.severityRanking(portfolio);
        ChartImage statements = charts.firstStatementHours(portfolio, firstStatementTargetHours);
        SXSSFWorkbook workbook = WorkbookFiles.create();
        try {
            WorkbookContext context = new WorkbookContext(workbook, new ReportStyles(workbook),
                    labels);
            writeSeverity(context, portfolio, ranking);
            writeTrends(context, portfolio, statements);
            writeRootCauses(context, portfolio);
            writeOpenActions(context, portfolio);
            writeByCategory(context, portfolio);
            var sla = context.sheet("portfolio_sla");
            ComplaintSlaTable.write(context, sla, 0, portfolio.document().list("complaint_sla"))
                    .autoFilter();
        } catch (RuntimeException e) {
            workbook.dispose();
            throw e;
        }
        WorkbookFiles.write(workbook, labels.get("workbook.portfolio.title"),
                portfolio.documentDate(), out);
        return List.of(ranking, statements);
    }

    private void writeSeverity(WorkbookContext context, PortfolioMetrics portfolio,
                               ChartImage chart) {
        var sheet = context.sheet("severity");
        SheetTable table = context.table(sheet, 0, List.of(context.column("severity.rank", 7),
                context.column("severity.incident_id", 14), context.column("severity.title", 40),
                context.column("severity.bank", 12), context.column("severity.category", 14),
                context.column("severity.opened_at", 17), context.column("severity.period", 9),
                context.column("severity.rank_in_period", 9), context.column("severity.severity", 9),
                context.column("severity.reach", 14), context.column("severity.peak_posts", 10),
                context.column("severity.negative_share", 10),
                context.column("severity.complaints", 11)));
        List<MetricsNode> rows = portfolio.document().list("severity_ranking");
        context.embed(sheet, chart, 14, 1);
        for (MetricsNode row : rows) {
            table.row().count(row.count("rank")).text(row.requiredText("incident_id"))
                    .wrappedText(row.text("title")).text(row.text("bank"))
                    .text(labels.value("category", row.text("category")))
                    .dateTime(row.instant("opened_at")).text(row.text("period"))
                    .count(row.count("rank_in_period")).decimal(row.number("severity"))
                    .count(row.count("reach_followers")).count(row.count("peak_posts"))
                    .percent(row.number("negative_share")).count(row.count("complaints"));
        }
        table.autoFilter();
    }

    private void writeTrends(WorkbookContext context, PortfolioMetrics portfolio,
                             ChartImage chart) {
        var sheet = context.sheet("trends");
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                context.column("severity.incident_id", 14), context.column("severity.category", 14),
                context.column("severity.opened_at", 17), context.column("severity.period", 9)));
        for (String milestone : MILESTONES) {
            columns.add(new SheetTable.Column(labels.format("trends.hours_to",
                    labels.value("milestone", milestone)), 12));
        }
        columns.add(context.column("trends.first_statement_status", 14));
        SheetTable table = context.table(sheet, 0, columns);
        context.embed(sheet, chart, columns.size() + 1, 1);
        for (MetricsNode row : portfolio.document().list("response_trends")) {
            table.row().text(row.requiredText("incident_id"))
                    .text(labels.value("category", row.text("category")))
                    .dateTime(row.instant("opened_at")).text(row.text("period"));
            for (String milestone : MILESTONES) {
                table.decimal(row.number(milestone + "_hours"));
            }
            StatusCells.hoursAgainstTarget(table, labels, row.number("first_statement_hours"),
                    firstStatementTargetHours);
        }
        table.autoFilter();
    }

    private void writeRootCauses(WorkbookContext context, PortfolioMetrics portfolio) {
        var sheet = context.sheet("root_causes");
        SheetTable table = context.table(sheet, 0, List.of(
                context.column("root_causes.root_cause", 40),
                context.column("root_causes.incidents", 10),
                context.column("root_causes.incident_ids", 50)));
        for (MetricsNode row : portfolio.document().list("recurring_root_causes")) {
            table.row().wrappedText(row.text("root_cause")).count(row.count("incidents"))
                    .text(String.join(", ", row.texts("incident_ids")));
        }
        table.autoFilter();
    }

    private void writeOpenActions(WorkbookContext context, PortfolioMetrics portfolio) {
        var sheet = context.sheet("open_actions");
        SheetTable table = context.table(sheet, 0, List.of(
                context.column("severity.incident_id", 14), context.column("actions.title", 40),
                context.column("actions.owner", 14), context.column("actions.due", 12),
                context.column("actions.status", 12), context.column("actions.overdue", 9),
                context.column("actions.days_overdue", 10)));
        for (MetricsNode row : portfolio.document().list("open_review_actions")) {
            Boolean overdue = row.flag("overdue");
            table.row().text(row.text("incident_id")).wrappedText(row.text("title"))
                    .text(row.text("owner")).date(row.date("due"))
                    .text(labels.value("action_status", row.text("status")));
            if (Boolean.TRUE.equals(overdue)) {
                table.status(labels.get("value.yes"), false);
            } else {
                table.text(overdue == null ? null : labels.get("value.no"));
            }
            table.count(row.count("days_overdue"));
        }
        table.autoFilter();
    }

    private void writeByCategory(WorkbookContext context, PortfolioMetrics portfolio) {
        var sheet = context.sheet("by_category");
        SheetTable table = context.table(sheet, 0, List.of(
                context.column("by_category.category", 16), context.column("by_category.incidents", 10),
                context.column("by_category.posts", 10), context.column("by_category.complaints", 11),
                context.column("by_category.per_1000_posts", 14),
                context.column("by_category.incidents_with_lag", 14),
                context.column("by_category.median_peak_lag_hours", 14)));
        for (MetricsNode row : portfolio.document().list("complaints_by_category")) {
            table.row().text(labels.value("category", row.text("category")))
                    .count(row.count("incidents")).count(row.count("posts"))
                    .count(row.count("complaints")).decimal(row.number("complaints_per_1000_posts"))
                    .count(row.count("incidents_with_peak_lag"))
                    .decimal(row.number("median_peak_lag_hours"));
        }
        table.autoFilter();
    }
}
