package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartColours;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.charts.NativeCharts;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Sheet "Spread": one row per hour from the first to the last mention (all channels: posts,
 * negative, scored, negative share; the main channels; the other channels summed; then every
 * other channel on its own, 0 where a channel was silent). Beside it the native hourly-volume
 * chart (all channels and the main ones, bound to these columns) and the negative-share picture.
 * The only long table of its sheet.
 */
final class SpreadSheet {
    /** Channels a chart names; the rest are summed as "other channels". */
    static final int MAIN_CHANNELS = com.hindsight.reports.charts.IncidentCharts.MAIN_CHANNELS;
    /** The first channel column (F): after hour, posts, negative, scored, share. */
    static final int FIRST_CHANNEL_COLUMN = 5;
    private static final DateTimeFormatter HOUR_LABEL =
            DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private SpreadSheet() {
    }

    static void write(WorkbookContext context, HourlySeries hourly, ChartImage negativeShare) {
        Labels labels = context.labels();
        Sheet sheet = context.sheet("spread");
        List<String> main = hourly.mainChannels(MAIN_CHANNELS);
        List<String> rest = new ArrayList<>(hourly.channels());
        rest.removeAll(main);
        List<SheetTable.Column> columns = new ArrayList<>(List.of(
                context.column("spread.hour", 17), context.column("spread.posts", 10),
                context.column("spread.negative_posts", 10), context.column("spread.scored_posts", 10),
                context.column("spread.negative_share", 10)));
        for (String channel : main) {
            columns.add(new SheetTable.Column(labels.value("channel", channel), 10));
        }
        columns.add(context.column("spread.other_channels", 11));
        for (String channel : rest) {
            columns.add(new SheetTable.Column(labels.value("channel", channel), 10));
        }
        int chartColumn = columns.size() + 1;
        // the charts first: drawings are anchored, not rows, but keep them beside the first rows
        nativeVolumeChart(context, sheet, hourly, main, chartColumn);
        context.embed(sheet, negativeShare, chartColumn, 24);
        SheetTable table = context.table(sheet, 0, columns);
        for (int i = 0; i < hourly.size(); i++) {
            table.row().dateTime(hourly.hour(i)).count(hourly.posts(i))
                    .count(hourly.negativePosts(i)).count(hourly.scoredPosts(i))
                    .percent(hourly.negativeShare(i));
            for (String channel : main) {
                table.count(hourly.posts(channel, i));
            }
            table.count(hourly.postsOutside(main, i));
            for (String channel : rest) {
                table.count(hourly.posts(channel, i));
            }
        }
        table.autoFilter();
    }

    /** Posts per hour: all channels (black, thick), each main channel, the others summed. */
    private static void nativeVolumeChart(WorkbookContext context, Sheet sheet,
                                          HourlySeries hourly, List<String> main,
                                          int chartColumn) {
        if (hourly.size() == 0) {
            return;
        }
        Labels labels = context.labels();
        String name = sheet.getSheetName();
        int lastRow = hourly.size();
        String[] hours = new String[hourly.size()];
        Double[] all = new Double[hourly.size()];
        Double[] other = new Double[hourly.size()];
        for (int i = 0; i < hourly.size(); i++) {
            hours[i] = HOUR_LABEL.format(hourly.hour(i));
            all[i] = (double) hourly.posts(i);
            other[i] = (double) hourly.postsOutside(main, i);
        }
        List<NativeCharts.Series> series = new ArrayList<>();
        series.add(series(name, 1, lastRow, labels.get("spread.posts"), all, ChartColours.ALL, 2.5));
        for (int c = 0; c < main.size(); c++) {
            Double[] posts = new Double[hourly.size()];
            for (int i = 0; i < hourly.size(); i++) {
                posts[i] = (double) hourly.posts(main.get(c), i);
            }
            series.add(series(name, FIRST_CHANNEL_COLUMN + c, lastRow,
                    labels.value("channel", main.get(c)), posts, ChartColours.channel(c), 1.25));
        }
        series.add(series(name, FIRST_CHANNEL_COLUMN + main.size(), lastRow,
                labels.get("spread.other_channels"), other, ChartColours.OTHER, 1.0));
        NativeCharts.lines(context.fullSheet(sheet),
                new NativeCharts.Place(chartColumn, 1, chartColumn + 15, 23),
                labels.get("chart.hourly_volume.native_title"),
                labels.get("chart.axis.posts_per_hour"), new CellRangeAddress(1, lastRow, 0, 0),
                hours, series);
        context.reach(sheet, chartColumn + 14, 22);
    }

    private static NativeCharts.Series series(String sheet, int column, int lastRow, String title,
                                              Double[] values, java.awt.Color colour,
                                              double width) {
        return new NativeCharts.Series(new CellReference(sheet, 0, column, true, true), title,
                new CellRangeAddress(1, lastRow, column, column), values, colour, width);
    }
}
