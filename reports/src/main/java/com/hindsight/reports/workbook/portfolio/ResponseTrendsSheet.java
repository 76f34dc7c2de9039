package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.StatusCells;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet "Response trends": hours to each milestone per incident in opening order, the first
 * statement against its target, with the first-statement chart.
 */
final class ResponseTrendsSheet {
    private ResponseTrendsSheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio,
                      ChartImage chart, double firstStatementTargetHours) {
        Labels labels = context.labels();
        var sheet = context.sheet("trends");
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                context.column("severity.incident_id", 14), context.column("severity.category", 14),
                context.column("severity.opened_at", 17), context.column("severity.period", 9)));
        for (String milestone : PortfolioWorkbook.MILESTONES) {
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
            for (String milestone : PortfolioWorkbook.MILESTONES) {
                table.decimal(row.number(milestone + "_hours"));
            }
            StatusCells.hoursAgainstTarget(table, labels, row.number("first_statement_hours"),
                    firstStatementTargetHours);
        }
        table.autoFilter();
    }
}
