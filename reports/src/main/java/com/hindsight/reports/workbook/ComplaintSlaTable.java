package com.hindsight.reports.workbook;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The complaint service-level table, one row per dimension and value (all, channel, branch,
 * product, month): counts, first-contact and resolution percentiles, the share within target,
 * regulator forwards, compensation and outcomes. Shared by the incident and portfolio workbooks.
 */
public final class ComplaintSlaTable {
    private ComplaintSlaTable() {
    }

    /** Writes the table from {@code firstColumn}; returns the rows written. */
    public static SheetTable write(WorkbookContext context, Sheet sheet, int firstColumn,
                                   List<MetricsNode> rows) {
        Labels labels = context.labels();
        SheetTable table = context.table(sheet, firstColumn, List.of(
                context.column("sla.dimension", 12), context.column("sla.value", 18),
                context.column("sla.complaints", 11), context.column("sla.with_first_contact", 11),
                context.column("sla.without_first_contact", 11),
                context.column("sla.first_contact_p50_hours", 11),
                context.column("sla.first_contact_p90_hours", 11),
                context.column("sla.first_contact_p99_hours", 11),
                context.column("sla.first_contact_within_target", 12),
                context.column("sla.resolved", 10), context.column("sla.unresolved", 10),
                context.column("sla.resolution_p50_days", 11),
                context.column("sla.resolution_p90_days", 11),
                context.column("sla.resolution_p99_days", 11),
                context.column("sla.resolution_within_target", 12),
                context.column("sla.regulator_forwarded", 11),
                context.column("sla.compensation_total", 13),
                context.column("sla.outcome_explained", 10), context.column("sla.outcome_corrected", 10),
                context.column("sla.outcome_compensated", 10),
                context.column("sla.outcome_rejected", 10), context.column("sla.outcome_pending", 10),
                context.column("sla.outcome_missing", 10),
                context.column("sla.first_contact_negative", 11),
                context.column("sla.resolution_negative", 11)));
        for (MetricsNode row : rows) {
            String dimension = row.requiredText("dimension");
            table.row().text(labels.value("dimension", dimension))
                    .text(value(labels, dimension, row.text("value")))
                    .count(row.count("complaints")).count(row.count("with_first_contact"))
                    .count(row.count("without_first_contact"))
                    .decimal(row.number("first_contact_p50_hours"))
                    .decimal(row.number("first_contact_p90_hours"))
                    .decimal(row.number("first_contact_p99_hours"))
                    .percent(row.number("first_contact_within_target_share"))
                    .count(row.count("resolved")).count(row.count("unresolved"))
                    .decimal(row.number("resolution_p50_days"))
                    .decimal(row.number("resolution_p90_days"))
                    .decimal(row.number("resolution_p99_days"))
                    .percent(row.number("resolution_within_target_share"))
                    .count(row.count("regulator_forwarded"))
                    .decimal(row.number("compensation_total"))
                    .count(row.count("outcome_explained")).count(row.count("outcome_corrected"))
                    .count(row.count("outcome_compensated")).count(row.count("outcome_rejected"))
                    .count(row.count("outcome_pending")).count(row.count("outcome_missing"))
                    .count(row.count("first_contact_negative"))
                    .count(row.count("resolution_negative"));
        }
        return table;
    }

    /** The group's value: translated for channels; "all" or "none" for a null value. */
    private static String value(Labels labels, String dimension, String value) {
        if (value == null) {
            return labels.get("all".equals(dimension) ? "value.all" : "value.none");
        }
        return "channel".equals(dimension) ? labels.value("complaint_channel", value) : value;
    }
}
