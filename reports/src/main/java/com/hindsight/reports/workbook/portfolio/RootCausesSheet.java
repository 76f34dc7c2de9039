package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/** Sheet "Recurring root causes": causes shared by two or more incidents. */
final class RootCausesSheet {
    private RootCausesSheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio) {
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
}
