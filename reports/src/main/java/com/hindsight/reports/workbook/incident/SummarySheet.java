package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.StatusCells;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/**
 * Sheet "Summary": the incident's facts on one page, one row per figure (item, value, unit):
 * register, severity, spread, first statement against its target, complaints.
 */
final class SummarySheet {
    private SummarySheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        var sheet = context.sheet("summary");
        SheetTable table = context.table(sheet, 0, List.of(context.column("header.item", 34),
                context.column("header.value", 60), context.column("header.unit", 12)));
        MetricsNode incident = metrics.incident();
        MetricsNode severity = metrics.document().objectOrEmpty("severity");
        MetricsNode spread = metrics.document().objectOrEmpty("spread");
        MetricsNode peaks = metrics.document().objectOrEmpty("complaint_media_peaks");
        MetricsNode statement = ResponseSheet.firstStatement(metrics);

        item(table, labels, "summary.incident_id").text(incident.requiredText("id")).blank();
        item(table, labels, "summary.title").wrappedText(incident.text("title")).blank();
        item(table, labels, "summary.bank").text(incident.text("bank")).blank();
        item(table, labels, "summary.category")
                .text(labels.value("category", incident.text("category"))).blank();
        item(table, labels, "summary.opened_at").dateTime(incident.instant("opened_at")).blank();
        item(table, labels, "summary.closed_at").dateTime(incident.instant("closed_at")).blank();
        item(table, labels, "summary.severity").decimal(severity.number("severity"))
                .text(labels.get("unit.score"));
        item(table, labels, "summary.rank").count(severity.count("rank")).blank();
        item(table, labels, "summary.rank_in_period").count(severity.count("rank_in_period"))
                .text(severity.text("period"));
        item(table, labels, "summary.first_mention").dateTime(spread.instant("first_mention"))
                .blank();
        item(table, labels, "summary.last_mention").dateTime(spread.instant("last_mention"))
                .blank();
        item(table, labels, "summary.peak_hour").dateTime(spread.instant("peak_hour")).blank();
        item(table, labels, "summary.peak_posts").count(spread.count("peak_posts"))
                .text(labels.get("unit.posts_per_hour"));
        item(table, labels, "summary.time_to_peak").decimal(spread.number("time_to_peak_hours"))
                .text(labels.get("unit.hours"));
        item(table, labels, "summary.half_life").decimal(spread.number("half_life_hours"))
                .text(labels.get("unit.hours"));
        item(table, labels, "summary.subsided_at").dateTime(spread.instant("subsided_at")).blank();
        item(table, labels, "summary.time_to_subside")
                .decimal(spread.number("time_to_subside_hours")).text(labels.get("unit.hours"));
        item(table, labels, "summary.posts").count(spread.count("total_posts"))
                .text(labels.get("unit.posts"));
        item(table, labels, "summary.unique_authors").count(spread.count("unique_authors"))
                .text(labels.get("unit.accounts"));
        item(table, labels, "summary.reach").count(spread.count("reach_followers"))
                .text(labels.get("unit.followers"));
        item(table, labels, "summary.views").count(spread.count("views")).blank();
        item(table, labels, "summary.reposts").count(spread.count("reposts")).blank();
        item(table, labels, "summary.comments").count(spread.count("comments")).blank();
        item(table, labels, "summary.likes").count(spread.count("likes")).blank();
        SheetTable share = item(table, labels, "summary.negative_share")
                .percent(spread.number("negative_share"));
        if (spread.count("scored_by_model") == null) { // a document from before sentiment sources
            share.blank();
        } else { // where the scores came from, beside the share (issue #16)
            share.text(labels.format("summary.sentiment_sources", spread.count("scored_by_archive"),
                    spread.count("scored_by_model"), spread.count("scored_by_lexicon"),
                    spread.count("unscored_posts")));
        }
        item(table, labels, "summary.official_posts").count(spread.count("official_posts"))
                .text(labels.get("unit.posts"));
        item(table, labels, "summary.first_statement_at").dateTime(statement.instant("at"))
                .text(labels.value("statement_source", statement.text("statement_source")));
        item(table, labels, "summary.first_statement_hours")
                .decimal(statement.number("hours_from_first_mention"))
                .text(labels.get("unit.hours"));
        item(table, labels, "summary.first_statement_target").decimal(statement.number("target_hours"))
                .text(labels.get("unit.hours"));
        StatusCells.write(item(table, labels, "summary.first_statement_status"), labels,
                statement.text("target_status")).blank();
        item(table, labels, "summary.complaints").count(peaks.count("complaints"))
                .text(labels.get("unit.complaints"));
        item(table, labels, "summary.complaint_peak_lag").decimal(peaks.number("peak_lag_hours"))
                .text(labels.get("unit.hours"));
        table.autoFilter();
    }

    private static SheetTable item(SheetTable table, Labels labels, String key) {
        return table.row().text(labels.get(key));
    }
}
