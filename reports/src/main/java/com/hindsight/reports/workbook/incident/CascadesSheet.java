package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/**
 * Sheet "Cascades and key spreaders": the cascade summary (counts, largest, depth, structural
 * virality, percentiles), the size histogram, and the key spreaders by posts drawn below them.
 */
final class CascadesSheet {
    private CascadesSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        var sheet = context.sheet("cascades");
        MetricsNode cascades = metrics.document().objectOrEmpty("cascades");

        SheetTable summary = context.table(sheet, 0, List.of(
                context.column("cascades.metric", 30), context.column("header.value", 12)));
        for (String key : List.of("cascades", "orphan_cascades", "cycle_cascades",
                "largest_cascade", "max_depth", "size_p50", "size_p90", "size_p99", "depth_p50",
                "depth_p90", "depth_p99")) {
            summary.row().text(labels.get("cascades." + key)).count(cascades.count(key));
        }
        for (String key : List.of("mean_size", "mean_structural_virality",
                "structural_virality_p50", "structural_virality_p90", "structural_virality_p99")) {
            summary.row().text(labels.get("cascades." + key)).decimal(cascades.number(key));
        }

        SheetTable histogram = context.table(sheet, 3, List.of(
                context.column("cascades.min_size", 10), context.column("cascades.max_size", 10),
                context.column("cascades.count", 10)));
        for (MetricsNode bucket : cascades.list("size_histogram")) {
            histogram.row().count(bucket.count("min_size")).count(bucket.count("max_size"))
                    .count(bucket.count("cascades"));
        }

        SheetTable spreaders = context.table(sheet, 7, List.of(
                context.column("spreaders.rank_downstream", 10),
                context.column("spreaders.author_id", 20), context.column("spreaders.author_name", 24),
                context.column("spreaders.official", 9), context.column("spreaders.posts", 9),
                context.column("spreaders.downstream_posts", 12),
                context.column("spreaders.max_followers", 14),
                context.column("spreaders.rank_followers", 10)));
        for (MetricsNode row : metrics.document().list("key_spreaders")) {
            spreaders.row().count(row.count("rank_downstream")).text(row.text("author_id"))
                    .text(row.text("author_name"))
                    .text(ResponseSheet.yesNo(labels, row.flag("is_official")))
                    .count(row.count("posts")).count(row.count("downstream_posts"))
                    .count(row.count("max_followers")).count(row.count("rank_followers"));
        }
        spreaders.autoFilter();
    }
}
