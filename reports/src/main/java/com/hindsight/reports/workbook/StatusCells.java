package com.hindsight.reports.workbook;

import com.hindsight.reports.Labels;

/** How a target status ({@code met}, {@code late}, {@code missing}, ...) is shown and coloured. */
public final class StatusCells {
    private StatusCells() {
    }

    /**
     * Writes the status translated, green when met, red when late or missing (a step never taken
     * counts as failed, docs/metrics.md), plain for no target or no first mention.
     */
    public static SheetTable write(SheetTable table, Labels labels, String targetStatus) {
        if (targetStatus == null) {
            return table.blank();
        }
        Boolean good = switch (targetStatus) {
            case "met" -> Boolean.TRUE;
            case "late", "missing" -> Boolean.FALSE;
            default -> null;
        };
        return table.status(labels.value("target_status", targetStatus), good);
    }

    /** Met or missed for hours against a target; blank when either is unknown. */
    public static SheetTable hoursAgainstTarget(SheetTable table, Labels labels, Double hours,
                                         Double target) {
        if (target == null) {
            return table.blank();
        }
        if (hours == null) {
            return write(table, labels, "missing");
        }
        return write(table, labels, hours <= target ? "met" : "late");
    }
}
