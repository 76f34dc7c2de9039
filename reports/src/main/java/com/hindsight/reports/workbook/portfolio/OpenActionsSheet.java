package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/** Sheet "Open review actions": review actions not done, overdue ones in red. */
final class OpenActionsSheet {
    private OpenActionsSheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio) {
        Labels labels = context.labels();
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
}
