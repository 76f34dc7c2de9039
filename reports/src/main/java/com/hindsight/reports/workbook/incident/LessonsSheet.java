package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sheet "Lessons learned": the review's root cause, what went well and badly and the lessons,
 * one line each; beside them the review's actions with owner, due date and status, marked open
 * and overdue from the analysis' open review actions.
 */
final class LessonsSheet {
    private LessonsSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        var sheet = context.sheet("lessons");
        MetricsNode review = metrics.document().optionalObject("review").orElse(null);
        SheetTable findings = context.table(sheet, 0, List.of(
                context.column("lessons.section", 16), context.column("lessons.text", 70)));
        if (review == null) {
            findings.row().text(labels.get("lessons.no_review")).blank();
        } else {
            findings.row().text(labels.get("lessons.root_cause"))
                    .wrappedText(review.text("root_cause"));
            findings.row().text(labels.get("lessons.reviewed_at"))
                    .dateTime(review.instant("reviewed_at"));
            lines(findings, labels.get("lessons.went_well"), review.texts("went_well"));
            lines(findings, labels.get("lessons.went_badly"), review.texts("went_badly"));
            lines(findings, labels.get("lessons.lesson"), review.texts("lessons"));
        }

        Map<String, MetricsNode> open = new HashMap<>();
        for (MetricsNode row : metrics.document().list("open_review_actions")) {
            open.put(row.text("title") + "\u0000" + row.text("due"), row);
        }
        SheetTable actions = context.table(sheet, 3, List.of(
                context.column("actions.title", 40), context.column("actions.owner", 14),
                context.column("actions.due", 12), context.column("actions.status", 12),
                context.column("actions.open", 8), context.column("actions.overdue", 9),
                context.column("actions.days_overdue", 10)));
        List<MetricsNode> listed = review == null ? metrics.document().list("open_review_actions")
                : review.list("actions");
        for (MetricsNode action : listed) {
            MetricsNode openRow = open.get(action.text("title") + "\u0000" + action.text("due"));
            Boolean overdue = openRow == null ? null : openRow.flag("overdue");
            actions.row().wrappedText(action.text("title")).text(action.text("owner"))
                    .date(action.date("due"))
                    .status(labels.value("action_status", action.text("status")),
                            "done".equals(action.text("status")) ? Boolean.TRUE : null)
                    .text(ResponseSheet.yesNo(labels, openRow != null));
            if (Boolean.TRUE.equals(overdue)) {
                actions.status(labels.get("value.yes"), false);
            } else {
                actions.text(ResponseSheet.yesNo(labels, overdue != null ? overdue : Boolean.FALSE));
            }
            actions.count(openRow == null ? null : openRow.count("days_overdue"));
        }
        actions.autoFilter();
    }

    private static void lines(SheetTable table, String section, List<String> texts) {
        for (String text : texts) {
            table.row().text(section).wrappedText(text);
        }
    }
}
