package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.ReportPeriod;
import com.hindsight.reports.charts.ChartColours;
import com.hindsight.reports.charts.NativeCharts;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Sheet "Trends by period": per month or quarter ({@code --period}) in which incidents opened,
 * every period from the first to the last, the incidents, the median hours to the first
 * statement (nearest rank, the smaller of two middles, as metrics.md), the share of first
 * statements within target, and complaints per incident; with a native chart bound to it.
 * Derived from {@code response_trends} and {@code severity_ranking} (complaints).
 */
final class PeriodTrendsSheet {
    private PeriodTrendsSheet() {
    }

    /** One period's incidents. */
    record Period(String name, List<Double> statementHours, long incidents, long complaints) {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio, ReportPeriod period,
                      double targetHours) {
        Labels labels = context.labels();
        Sheet sheet = context.sheet("period_trends");
        List<Period> periods = periods(portfolio, period);
        SheetTable table = context.table(sheet, 0, List.of(
                new SheetTable.Column(labels.get("period." + period.code()), 10),
                context.column("period.incidents", 10),
                context.column("period.median_first_statement_hours", 16),
                context.column("period.within_target", 14),
                context.column("period.complaints_per_incident", 14)));
        for (Period row : periods) {
            table.row().text(row.name()).count(row.incidents())
                    .decimal(median(row.statementHours()))
                    .percent(withinTarget(row, targetHours))
                    .decimal(row.incidents() == 0 ? null
                            : (double) row.complaints() / row.incidents());
        }
        table.autoFilter();
        chart(context, sheet, periods);
    }

    static List<Period> periods(PortfolioMetrics portfolio, ReportPeriod period) {
        Map<String, Long> complaints = new HashMap<>();
        for (MetricsNode row : portfolio.document().list("severity_ranking")) {
            complaints.put(row.requiredText("incident_id"), row.countOrZero("complaints"));
        }
        TreeMap<LocalDate, List<MetricsNode>> byDay = new TreeMap<>();
        for (MetricsNode row : portfolio.document().list("response_trends")) {
            OffsetDateTime opened = row.instant("opened_at");
            if (opened != null) {
                byDay.computeIfAbsent(opened.toLocalDate(), d -> new ArrayList<>()).add(row);
            }
        }
        List<Period> periods = new ArrayList<>();
        if (byDay.isEmpty()) {
            return periods;
        }
        LocalDate start = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        for (LocalDate from = start; !from.isAfter(last); from = period.next(from)) {
            LocalDate to = period.next(from);
            List<Double> hours = new ArrayList<>();
            long incidents = 0;
            long complaintCount = 0;
            for (List<MetricsNode> rows : byDay.subMap(from, true, to, false).values()) {
                for (MetricsNode row : rows) {
                    incidents++;
                    complaintCount += complaints.getOrDefault(row.requiredText("incident_id"), 0L);
                    if (row.number("first_statement_hours") != null) {
                        hours.add(row.number("first_statement_hours"));
                    }
                }
            }
            periods.add(new Period(period.of(from), hours, incidents, complaintCount));
        }
        return periods;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((int) Math.ceil(sorted.size() * 0.5) - 1);
    }

    /** First statements within target over the period's incidents (none made counts as missed). */
    static Double withinTarget(Period period, double targetHours) {
        if (period.incidents() == 0) {
            return null;
        }
        long within = period.statementHours().stream().filter(h -> h <= targetHours).count();
        return (double) within / period.incidents();
    }

    private static void chart(WorkbookContext context, Sheet sheet, List<Period> periods) {
        if (periods.isEmpty()) {
            return;
        }
        Labels labels = context.labels();
        String name = sheet.getSheetName();
        int n = periods.size();
        String[] names = new String[n];
        Double[] incidents = new Double[n];
        Double[] medians = new Double[n];
        for (int i = 0; i < n; i++) {
            names[i] = periods.get(i).name();
            incidents[i] = (double) periods.get(i).incidents();
            medians[i] = median(periods.get(i).statementHours());
        }
        NativeCharts.linesTwoAxes(context.fullSheet(sheet), new NativeCharts.Place(6, 1, 18, 21),
                labels.get("chart.period_trends.title"), labels.get("period.incidents"),
                labels.get("period.median_first_statement_hours"),
                new CellRangeAddress(1, n, 0, 0), names,
                new NativeCharts.Series(new CellReference(name, 0, 1, true, true),
                        labels.get("period.incidents"), new CellRangeAddress(1, n, 1, 1),
                        incidents, ChartColours.MET, 2),
                new NativeCharts.Series(new CellReference(name, 0, 2, true, true),
                        labels.get("period.median_first_statement_hours"),
                        new CellRangeAddress(1, n, 2, 2), medians, ChartColours.MISSED, 2));
        context.reach(sheet, 17, 20);
    }
}
