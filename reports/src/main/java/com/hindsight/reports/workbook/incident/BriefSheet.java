package com.hindsight.reports.workbook.incident;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.CellKind;
import com.hindsight.reports.workbook.PageWriter;
import com.hindsight.reports.workbook.ReportSource;
import com.hindsight.reports.workbook.WorkbookContext;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sheet "Brief", the first of every incident workbook and the one page a manager reads: the
 * headline (what, when, where), where the figures came from (as-of date, analyze run), the key
 * figures against their targets with a met/missed mark, the verdict in two or three sentences
 * ({@link Verdict}), the spread chart with the first statement marked, and the top lessons.
 * Prints on one portrait A4 page. Every figure is the metrics document's.
 */
final class BriefSheet {
    /** The page's columns: figure, value, unit, target, result. */
    static final int[] WIDTHS = {38, 12, 11, 12, 17};
    /** The key figures' rows, below the title block: header at {@value}, figures after it. */
    static final int FIGURES_HEADER_ROW = 5;
    static final List<Milestone> FIGURE_MILESTONES = List.of(Milestone.DETECTED,
            Milestone.FIRST_STATEMENT, Milestone.REGULATOR_INFORMED, Milestone.CLOSED);
    static final int TOP_LESSONS = 3;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** Rows of the spread picture: 2:1 like the PNG across the page's width. */
    private static final int CHART_ROWS = 16;

    private BriefSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics, HourlySeries hourly,
                      ChartImage spread) {
        Labels labels = context.labels();
        Sheet sheet = context.page("brief");
        PageWriter page = new PageWriter(sheet, context.styles(), WIDTHS);
        MetricsNode incident = metrics.incident();
        int row = 0;
        page.line(row++, labels.format("brief.title", metrics.incidentId(),
                text(incident.text("title"))), CellKind.PAGE_TITLE);
        page.line(row++, headline(labels, metrics, hourly), CellKind.PAGE_TEXT);
        page.line(row++, source(labels, metrics, context.source()), CellKind.PAGE_NOTE);
        row++;
        page.line(row++, labels.get("brief.key_figures"), CellKind.PAGE_SECTION);
        row = figures(context, page, metrics, row);
        row++;
        page.line(row++, labels.get("brief.verdict"), CellKind.PAGE_SECTION);
        for (String sentence : Verdict.sentences(labels, metrics)) {
            page.line(row++, sentence, CellKind.PAGE_TEXT);
        }
        row++;
        page.line(row++, labels.get("brief.spread"), CellKind.PAGE_SECTION);
        context.embed(sheet, spread, 0, row, WIDTHS.length, row + CHART_ROWS);
        row += CHART_ROWS + 1;
        page.line(row++, labels.get("brief.lessons"), CellKind.PAGE_SECTION);
        for (String lesson : lessons(labels, metrics)) {
            page.line(row++, "• " + lesson, CellKind.PAGE_TEXT);
        }
        page.line(row, actions(labels, metrics), CellKind.PAGE_TEXT);
        context.reach(sheet, WIDTHS.length - 1, row);
    }

    /** "华信银行 · 系统故障 · 首条信息 2024-02-17 12:30，峰值 ... · 1,682 条帖子，主要在 ..." */
    static String headline(Labels labels, IncidentMetrics metrics, HourlySeries hourly) {
        MetricsNode incident = metrics.incident();
        MetricsNode spread = metrics.document().objectOrEmpty("spread");
        return labels.format("brief.headline", text(incident.text("bank")),
                labels.value("category", incident.text("category")),
                when(spread.instant("first_mention")), when(spread.instant("peak_hour")),
                Verdict.count(spread.count("peak_posts")), Verdict.count(spread.count("total_posts")),
                mainChannels(labels, hourly));
    }

    static String source(Labels labels, IncidentMetrics metrics, ReportSource source) {
        MetricsNode severity = metrics.document().objectOrEmpty("severity");
        return labels.format("brief.source", metrics.asOf(),
                source.analyzeRun() == null ? labels.get("value.none") : source.analyzeRun(),
                Verdict.number(severity.number("severity")), Verdict.count(severity.count("rank")));
    }

    private static int figures(WorkbookContext context, PageWriter page, IncidentMetrics metrics,
                               int row) {
        Labels labels = context.labels();
        page.text(row, 0, labels.get("brief.figure"), CellKind.HEADER);
        page.text(row, 1, labels.get("header.value"), CellKind.HEADER);
        page.text(row, 2, labels.get("header.unit"), CellKind.HEADER);
        page.text(row, 3, labels.get("brief.target"), CellKind.HEADER);
        page.text(row, 4, labels.get("brief.result"), CellKind.HEADER);
        row++;
        for (Milestone milestone : FIGURE_MILESTONES) {
            MetricsNode time = responseTime(metrics, milestone);
            page.text(row, 0, labels.format("brief.hours_to", labels.value("milestone",
                    milestone.key())), CellKind.TEXT);
            page.number(row, 1, time.number("hours_from_first_mention"), CellKind.DECIMAL);
            page.text(row, 2, labels.get("unit.hours"), CellKind.TEXT);
            page.number(row, 3, time.number("target_hours"), CellKind.DECIMAL);
            result(page, labels, row, time.text("target_status"));
            row++;
        }
        MetricsNode effect = metrics.document().objectOrEmpty("response_effect");
        Double before = effect.number("negative_share_before");
        Double after = effect.number("negative_share_after");
        page.text(row, 0, labels.format("brief.negative_after", effect.count("window_hours") == null
                ? "?" : effect.count("window_hours")), CellKind.TEXT);
        page.number(row, 1, after, CellKind.PERCENT);
        page.text(row, 2, labels.get("brief.unit_share"), CellKind.TEXT);
        page.number(row, 3, before, CellKind.PERCENT);
        if (before == null || after == null) {
            page.text(row, 4, null, CellKind.TEXT);
        } else {
            page.text(row, 4, labels.get(after < before ? "brief.fell" : "brief.not_fell"),
                    after < before ? CellKind.MET : CellKind.MISSED);
        }
        row++;
        MetricsNode peaks = metrics.document().objectOrEmpty("complaint_media_peaks");
        page.text(row, 0, labels.get("summary.complaints"), CellKind.TEXT);
        Long complaints = peaks.count("complaints");
        page.number(row, 1, complaints == null ? null : complaints.doubleValue(), CellKind.COUNT);
        page.text(row, 2, labels.get("unit.complaints"), CellKind.TEXT);
        return row + 1;
    }

    private static void result(PageWriter page, Labels labels, int row, String status) {
        if (status == null) {
            page.text(row, 4, null, CellKind.TEXT);
            return;
        }
        CellKind kind = switch (status) {
            case "met" -> CellKind.MET;
            case "late", "missing" -> CellKind.MISSED;
            default -> CellKind.TEXT;
        };
        page.text(row, 4, labels.value("target_status", status), kind);
    }

    /** The response-time row of a milestone, or an empty row. */
    static MetricsNode responseTime(IncidentMetrics metrics, Milestone milestone) {
        for (MetricsNode row : metrics.document().list("response_times")) {
            if (milestone.key().equals(row.text("milestone"))) {
                return row;
            }
        }
        return metrics.document().emptyObject("response_times." + milestone.key());
    }

    static List<String> lessons(Labels labels, IncidentMetrics metrics) {
        MetricsNode review = metrics.document().optionalObject("review").orElse(null);
        if (review == null) {
            return List.of(labels.get("lessons.no_review"));
        }
        List<String> lessons = review.texts("lessons");
        return lessons.subList(0, Math.min(TOP_LESSONS, lessons.size()));
    }

    static String actions(Labels labels, IncidentMetrics metrics) {
        List<MetricsNode> open = metrics.document().list("open_review_actions");
        long overdue = open.stream().filter(a -> Boolean.TRUE.equals(a.flag("overdue"))).count();
        long longest = open.stream().map(a -> a.count("days_overdue"))
                .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        return overdue == 0 ? labels.format("brief.actions_open", open.size(), metrics.asOf())
                : labels.format("brief.actions_overdue", open.size(), overdue, metrics.asOf(),
                longest);
    }

    private static String mainChannels(Labels labels, HourlySeries hourly) {
        List<String> names = hourly.mainChannels(3).stream()
                .map(c -> labels.value("channel", c)).toList();
        return names.isEmpty() ? labels.get("value.none")
                : String.join(labels.get("brief.list_separator"), names);
    }

    private static String when(OffsetDateTime time) {
        return time == null ? "?" : WHEN.format(time);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
