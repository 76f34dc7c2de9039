package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/** Sheet "Complaint backlog": per day, complaints received, resolved and open at its end. */
final class BacklogSheet {
    private BacklogSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        var sheet = context.sheet("backlog");
        SheetTable table = context.table(sheet, 0, List.of(context.column("backlog.day", 12),
                context.column("backlog.received", 11), context.column("backlog.resolved", 11),
                context.column("backlog.open", 14)));
        for (MetricsNode row : metrics.document().list("complaint_backlog")) {
            table.row().date(row.date("day")).count(row.count("received"))
                    .count(row.count("resolved")).count(row.count("open_at_end_of_day"));
        }
        table.autoFilter();
    }
}
