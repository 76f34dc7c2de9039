package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/** Sheet "Complaints vs posts": per hour, posts and complaints received, with their chart. */
final class ComplaintsVersusPostsSheet {
    private ComplaintsVersusPostsSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics, ChartImage chart) {
        var sheet = context.sheet("complaints_vs_posts");
        context.embed(sheet, chart, 4, 1);
        SheetTable table = context.table(sheet, 0, List.of(context.column("versus.hour", 17),
                context.column("versus.posts", 10), context.column("versus.complaints", 11)));
        for (MetricsNode row : metrics.document().list("complaints_vs_media")) {
            table.row().dateTime(row.instant("hour")).count(row.count("posts"))
                    .count(row.count("complaints"));
        }
        table.autoFilter();
    }
}
