package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sheet "Playbook": the incident or drill against the playbook (the document's {@code playbook}
 * section, docs/playbooks.md). Steps with their target, hours from the reference point and
 * status (met green; late and missed red); beside them the playbook, the kind, the roles that
 * never acted and the actions the playbook lacks; then each inject with its reaction time.
 */
public final class PlaybookSheet {
    private PlaybookSheet() {
    }

    public static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        var sheet = context.sheet("playbook");
        MetricsNode playbook = metrics.document().objectOrEmpty("playbook");

        SheetTable steps = context.table(sheet, 0, List.of(
                context.column("playbook.step", 22), context.column("playbook.role", 16),
                context.column("playbook.target_hours", 10), context.column("playbook.hours", 10),
                context.column("playbook.status", 16)));
        for (MetricsNode step : playbook.list("steps")) {
            String status = step.text("status");
            steps.row().text(labels.value("action", step.text("action")))
                    .text(labels.value("role", step.text("role")))
                    .decimal(step.number("target_hours")).decimal(step.number("hours"))
                    .status(labels.value("step_status", status), good(status));
        }

        SheetTable facts = context.table(sheet, 6, List.of(
                context.column("playbook.item", 22), context.column("header.value", 40)));
        facts.row().text(labels.get("playbook.name")).text(playbook.text("playbook"));
        facts.row().text(labels.get("playbook.kind"))
                .text(labels.value("kind", playbook.text("kind")));
        facts.row().text(labels.get("playbook.silent_roles")).wrappedText(
                playbook.texts("silent_roles").stream().map(role -> labels.value("role", role))
                        .collect(Collectors.joining(", ")));
        facts.row().text(labels.get("playbook.extra_actions")).wrappedText(
                playbook.list("extra_actions").stream().map(extra -> labels.value("action",
                                extra.text("action")) + " (" + labels.value("role",
                                extra.text("role")) + ")")
                        .collect(Collectors.joining(", ")));

        SheetTable injects = context.table(sheet, 9, List.of(
                context.column("playbook.inject_id", 14), context.column("playbook.planned_at", 17),
                context.column("playbook.reaction_hours", 12),
                context.column("playbook.inject_status", 12)));
        for (MetricsNode inject : playbook.list("injects")) {
            String status = inject.text("status");
            injects.row().text(inject.text("inject_id")).dateTime(inject.instant("planned_at"))
                    .decimal(inject.number("reaction_hours"))
                    .status(labels.value("inject_status", status), "answered".equals(status));
        }
        steps.autoFilter();
    }

    /** Met is good; late and missed are bad; early and not required are neither. */
    private static Boolean good(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "met" -> Boolean.TRUE;
            case "late", "missed" -> Boolean.FALSE;
            default -> null;
        };
    }
}
