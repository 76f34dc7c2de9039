package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartColours;
import com.hindsight.reports.charts.NativeCharts;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Sheet "Complaints vs posts": per hour, posts and complaints received, with the native chart
 * (posts on the left axis, complaints on the right) bound to the table.
 */
final class ComplaintsVersusPostsSheet {
    private static final DateTimeFormatter HOUR_LABEL =
            DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private ComplaintsVersusPostsSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Sheet sheet = context.sheet("complaints_vs_posts");
        List<MetricsNode> rows = metrics.document().list("complaints_vs_media");
        nativeChart(context, sheet, rows);
        SheetTable table = context.table(sheet, 0, List.of(context.column("versus.hour", 17),
                context.column("versus.posts", 10), context.column("versus.complaints", 11)));
        for (MetricsNode row : rows) {
            table.row().dateTime(row.instant("hour")).count(row.count("posts"))
                    .count(row.count("complaints"));
        }
        table.autoFilter();
    }

    private static void nativeChart(WorkbookContext context, Sheet sheet, List<MetricsNode> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Labels labels = context.labels();
        String name = sheet.getSheetName();
        int n = rows.size();
        String[] hours = new String[n];
        Double[] posts = new Double[n];
        Double[] complaints = new Double[n];
        for (int i = 0; i < n; i++) {
            MetricsNode row = rows.get(i);
            var hour = row.instant("hour");
            hours[i] = hour == null ? "" : HOUR_LABEL.format(hour);
            posts[i] = (double) row.countOrZero("posts");
            complaints[i] = (double) row.countOrZero("complaints");
        }
        NativeCharts.linesTwoAxes(context.fullSheet(sheet), new NativeCharts.Place(4, 1, 19, 23),
                labels.get("chart.complaints_vs_posts.native_title"),
                labels.get("chart.axis.posts_per_hour"),
                labels.get("chart.axis.complaints_per_hour"), new CellRangeAddress(1, n, 0, 0),
                hours,
                new NativeCharts.Series(new CellReference(name, 0, 1, true, true),
                        labels.get("versus.posts"), new CellRangeAddress(1, n, 1, 1), posts,
                        ChartColours.MET, 1.75),
                new NativeCharts.Series(new CellReference(name, 0, 2, true, true),
                        labels.get("versus.complaints"), new CellRangeAddress(1, n, 2, 2),
                        complaints, ChartColours.COMPLAINTS, 1.75));
        context.reach(sheet, 18, 22);
    }
}
