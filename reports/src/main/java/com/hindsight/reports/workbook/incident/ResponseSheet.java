package com.hindsight.reports.workbook.incident;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartColours;
import com.hindsight.reports.charts.NativeCharts;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.StatusCells;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Sheet "Response": the milestones from the first mention against their targets (met/missed in
 * colour), the effect of the first statement (before/after), the early-warning backtest, and the
 * native milestones chart bound to the milestone table.
 */
final class ResponseSheet {
    private ResponseSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        var sheet = context.sheet("response");
        // the small blocks first, right of the milestones (see SheetTable on streaming)
        writeEffect(context, sheet, metrics);
        writeEarlyWarning(context, sheet, metrics);
        SheetTable table = context.table(sheet, 0, List.of(
                context.column("response.step", 6), context.column("response.milestone", 18),
                context.column("response.at", 17), context.column("response.hours", 12),
                context.column("response.target_hours", 10), context.column("response.status", 12),
                context.column("response.source", 14), context.column("response.previous", 18),
                context.column("response.hours_from_previous", 12)));
        Labels labels = context.labels();
        List<MetricsNode> rows = metrics.responseTimesByStep();
        for (MetricsNode row : rows) {
            table.row().count(row.count("step"))
                    .text(labels.value("milestone", row.requiredText("milestone")))
                    .dateTime(row.instant("at"))
                    .decimal(row.number("hours_from_first_mention"))
                    .decimal(row.number("target_hours"));
            StatusCells.write(table, labels, row.text("target_status"))
                    .text(row.text("statement_source") == null ? null
                            : labels.value("statement_source", row.text("statement_source")))
                    .text(row.text("previous_milestone") == null ? null
                            : labels.value("milestone", row.text("previous_milestone")))
                    .decimal(row.number("hours_from_previous"));
        }
        table.autoFilter();
        nativeMilestonesChart(context, sheet, rows, Math.max(table.rows(), 14) + 2);
    }

    /**
     * Hours to each milestone (column D) as bars on a logarithmic axis, met and missed in their
     * colours, the targets (column E) as markers: bound to the milestone table above it.
     */
    private static void nativeMilestonesChart(WorkbookContext context, Sheet sheet,
                                              List<MetricsNode> rows, int top) {
        if (rows.isEmpty()) {
            return;
        }
        Labels labels = context.labels();
        String name = sheet.getSheetName();
        int n = rows.size();
        String[] milestones = new String[n];
        Double[] hours = new Double[n];
        Double[] targets = new Double[n];
        List<java.awt.Color> colours = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            MetricsNode row = rows.get(i);
            milestones[i] = labels.value("milestone", row.requiredText("milestone"));
            hours[i] = row.number("hours_from_first_mention");
            targets[i] = row.number("target_hours");
            colours.add(statusColour(row.text("target_status")));
        }
        NativeCharts.barsWithTargets(context.fullSheet(sheet),
                new NativeCharts.Place(0, top, 9, top + 22),
                labels.get("chart.response_milestones.native_title"),
                labels.get("chart.axis.hours_from_first_mention"),
                new CellRangeAddress(1, n, 1, 1), milestones,
                new NativeCharts.Series(new CellReference(name, 0, 3, true, true),
                        labels.get("response.hours"), new CellRangeAddress(1, n, 3, 3), hours,
                        ChartColours.MET, 0),
                colours,
                new NativeCharts.Series(new CellReference(name, 0, 4, true, true),
                        labels.get("response.target_hours"), new CellRangeAddress(1, n, 4, 4),
                        targets, ChartColours.TARGET, 0));
        context.reach(sheet, 8, top + 21);
    }

    /** Met in one colour, late or never done in another, no target in grey. */
    static java.awt.Color statusColour(String targetStatus) {
        if ("met".equals(targetStatus)) {
            return ChartColours.MET;
        }
        if ("late".equals(targetStatus) || "missing".equals(targetStatus)) {
            return ChartColours.MISSED;
        }
        return ChartColours.NO_TARGET;
    }

    private static void writeEffect(WorkbookContext context, Sheet sheet, IncidentMetrics metrics) {
        Labels labels = context.labels();
        MetricsNode effect = metrics.document().objectOrEmpty("response_effect");
        SheetTable table = context.table(sheet, 10, List.of(
                context.column("effect.header", 30), context.column("header.value", 17)));
        table.row().text(labels.get("effect.has_statement"))
                .text(yesNo(labels, effect.flag("has_statement")));
        table.row().text(labels.get("effect.statement_at")).dateTime(effect.instant("statement_at"));
        table.row().text(labels.get("effect.window_hours")).count(effect.count("window_hours"));
        table.row().text(labels.get("effect.posts_before")).count(effect.count("posts_before"));
        table.row().text(labels.get("effect.posts_after")).count(effect.count("posts_after"));
        table.row().text(labels.get("effect.volume_change_ratio"))
                .decimal(effect.number("volume_change_ratio"));
        table.row().text(labels.get("effect.growth_before")).percent(effect.number("growth_before"));
        table.row().text(labels.get("effect.growth_after")).percent(effect.number("growth_after"));
        table.row().text(labels.get("effect.negative_share_before"))
                .percent(effect.number("negative_share_before"));
        table.row().text(labels.get("effect.negative_share_after"))
                .percent(effect.number("negative_share_after"));
        table.row().text(labels.get("effect.negative_share_change"))
                .percent(effect.number("negative_share_change"));
    }

    private static void writeEarlyWarning(WorkbookContext context, Sheet sheet,
                                          IncidentMetrics metrics) {
        Labels labels = context.labels();
        SheetTable table = context.table(sheet, 13, List.of(
                context.column("warning.rule", 14), context.column("warning.fired", 8),
                context.column("warning.fired_at", 17), context.column("warning.detected_at", 17),
                context.column("warning.lead_hours", 12),
                context.column("warning.hours_from_first_mention", 14)));
        for (MetricsNode row : metrics.document().list("early_warning")) {
            // a positive lead: the rule would have warned before the bank noticed
            table.row().text(labels.value("rule", row.requiredText("rule")))
                    .text(yesNo(labels, row.flag("fired")))
                    .dateTime(row.instant("fired_at"))
                    .dateTime(row.instant("detected_at"))
                    .decimal(row.number("lead_hours"))
                    .decimal(row.number("hours_from_first_mention"));
        }
    }

    /** The first-statement row of the response times; an empty row when there is none. */
    static MetricsNode firstStatement(IncidentMetrics metrics) {
        for (MetricsNode row : metrics.document().list("response_times")) {
            if (Milestone.FIRST_STATEMENT.key().equals(row.text("milestone"))) {
                return row;
            }
        }
        return metrics.document().emptyObject("response_times.first_statement");
    }

    static String yesNo(Labels labels, Boolean value) {
        return value == null ? null : labels.get(value ? "value.yes" : "value.no");
    }
}
