package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/** Sheet "Complaints by category": posts, complaints and peak lag per incident category. */
final class ComplaintsByCategorySheet {
    private ComplaintsByCategorySheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio) {
        Labels labels = context.labels();
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
