package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/**
 * Sheet "Severity ranking": {@code severity_ranking} by rank, with each incident's measures, the
 * six parts of its severity (percentiles against the portfolio), the weighted index and the
 * ranking chart.
 */
final class SeverityRankingSheet {
    private SeverityRankingSheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio,
                        ChartImage chart) {
        Labels labels = context.labels();
        var sheet = context.sheet("severity");
        SheetTable table = context.table(sheet, 0, List.of(context.column("severity.rank", 7),
                context.column("severity.incident_id", 14), context.column("severity.title", 40),
                context.column("severity.bank", 12), context.column("severity.category", 14),
                context.column("severity.opened_at", 17), context.column("severity.period", 9),
                context.column("severity.rank_in_period", 9), context.column("severity.severity", 9),
                context.column("severity.reach", 14), context.column("severity.peak_posts", 10),
                context.column("severity.negative_share", 10),
                context.column("severity.complaints", 11),
                context.column("severity.regulator_complaints", 11),
                context.column("severity.duration_hours", 11),
                context.column("severity.reach_part", 9), context.column("severity.peak_part", 9),
                context.column("severity.negative_part", 9),
                context.column("severity.complaints_part", 9),
                context.column("severity.regulator_part", 9),
                context.column("severity.duration_part", 9),
                context.column("severity.index", 9)));
        List<MetricsNode> rows = portfolio.document().list("severity_ranking");
        context.embed(sheet, chart, 23, 1);
        for (MetricsNode row : rows) {
            table.row().count(row.count("rank")).text(row.requiredText("incident_id"))
                    .wrappedText(row.text("title")).text(row.text("bank"))
                    .text(labels.value("category", row.text("category")))
                    .dateTime(row.instant("opened_at")).text(row.text("period"))
                    .count(row.count("rank_in_period")).decimal(row.number("severity"))
                    .count(row.count("reach_followers")).count(row.count("peak_posts"))
                    .percent(row.number("negative_share")).count(row.count("complaints"))
                    .count(row.count("regulator_complaints")).decimal(row.number("duration_hours"))
                    .decimal(row.number("reach_part")).decimal(row.number("peak_part"))
                    .decimal(row.number("negative_part")).decimal(row.number("complaints_part"))
                    .decimal(row.number("regulator_part")).decimal(row.number("duration_part"))
                    .decimal(row.number("severity_index"));
        }
        table.autoFilter();
    }
}
