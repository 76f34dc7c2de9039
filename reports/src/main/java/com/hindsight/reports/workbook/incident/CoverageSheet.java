package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sheet "Coverage": what the media said. Columns A–I (filtered), the most-reposted and
 * most-viewed items ({@code coverage_items}), most reposted first; columns K–S, the outlets on the
 * press channels ({@code coverage_outlets}) in order of first coverage, with their tone.
 */
final class CoverageSheet {
    private CoverageSheet() {
    }

    /**
     * The two tables share rows, and a streamed sheet keeps only its last rows in memory: row i of
     * both is written before row i + 1 of either, so a long list of outlets (1,545 at 1M posts)
     * never makes the items table go back to a row already on disk.
     */
    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        Sheet sheet = context.sheet("coverage");
        SheetTable items = context.table(sheet, 0, List.of(
                context.column("coverage.rank_reposts", 8), context.column("coverage.rank_views", 8),
                context.column("coverage.published_at", 17), context.column("coverage.channel", 10),
                context.column("coverage.author", 16), context.column("coverage.headline", 44),
                context.column("coverage.reposts", 9), context.column("coverage.views", 11),
                context.column("coverage.tone", 9)));
        SheetTable outlets = context.table(sheet, 10, List.of(
                context.column("coverage.outlet", 18), context.column("coverage.channel", 10),
                context.column("coverage.first_coverage_at", 17),
                context.column("coverage.items", 8), context.column("coverage.reposts", 9),
                context.column("coverage.views", 11), context.column("coverage.mean_sentiment", 10),
                context.column("coverage.negative_items", 10), context.column("coverage.tone", 9)));
        List<MetricsNode> itemRows = metrics.document().list("coverage_items").stream()
                .sorted(Comparator.comparing((MetricsNode r) -> r.count("rank_reposts"),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.count("rank_views"),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<MetricsNode> outletRows = metrics.document().list("coverage_outlets");
        for (int i = 0; i < Math.max(itemRows.size(), outletRows.size()); i++) {
            if (i < itemRows.size()) {
                item(items, labels, itemRows.get(i));
            }
            if (i < outletRows.size()) {
                outlet(outlets, labels, outletRows.get(i));
            }
        }
        items.autoFilter();
    }

    private static void item(SheetTable items, Labels labels, MetricsNode row) {
        items.row().count(row.count("rank_reposts")).count(row.count("rank_views"))
                .dateTime(row.instant("published_at"))
                .text(labels.value("channel", row.text("channel")))
                .text(row.text("author_name")).wrappedText(row.text("headline"))
                .count(row.count("reposts")).count(row.count("views"))
                .text(tone(labels, row.text("tone")));
    }

    private static void outlet(SheetTable outlets, Labels labels, MetricsNode row) {
        outlets.row().text(row.text("outlet"))
                .text(labels.value("channel", row.text("channel")))
                .dateTime(row.instant("first_coverage_at")).count(row.count("items"))
                .count(row.count("reposts")).count(row.count("views"))
                .decimal(row.number("mean_sentiment")).count(row.count("negative_items"))
                .text(tone(labels, row.text("tone")));
    }

    private static String tone(Labels labels, String tone) {
        return tone == null ? null : labels.value("tone", tone);
    }
}
