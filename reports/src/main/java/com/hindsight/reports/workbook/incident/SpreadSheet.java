package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet "Spread": one row per hour from the first to the last mention (all channels: posts,
 * negative, scored, negative share; then posts per channel, 0 where a channel was silent), with
 * the hourly volume and negative share charts beside it. The only long table of its sheet.
 */
final class SpreadSheet {
    private SpreadSheet() {
    }

    static void write(WorkbookContext context, HourlySeries hourly, ChartImage volume,
                      ChartImage negativeShare) {
        Labels labels = context.labels();
        var sheet = context.sheet("spread");
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                context.column("spread.hour", 17), context.column("spread.posts", 10),
                context.column("spread.negative_posts", 10), context.column("spread.scored_posts", 10),
                context.column("spread.negative_share", 10)));
        for (String channel : hourly.channels()) {
            columns.add(new SheetTable.Column(labels.value("channel", channel), 10));
        }
        int chartColumn = columns.size() + 1;
        // the charts first: pictures are anchored, not rows, but keep them beside the first rows
        int below = context.embed(sheet, volume, chartColumn, 1);
        context.embed(sheet, negativeShare, chartColumn, below);
        SheetTable table = context.table(sheet, 0, columns);
        for (int i = 0; i < hourly.size(); i++) {
            table.row().dateTime(hourly.hour(i)).count(hourly.posts(i))
                    .count(hourly.negativePosts(i)).count(hourly.scoredPosts(i))
                    .percent(hourly.negativeShare(i));
            for (String channel : hourly.channels()) {
                table.count(hourly.posts(channel, i));
            }
        }
        table.autoFilter();
    }
}
