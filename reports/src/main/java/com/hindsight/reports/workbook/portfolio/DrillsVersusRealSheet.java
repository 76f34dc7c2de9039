package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/**
 * Sheet "Drills vs real": per category with a drill and per playbook step, how drills and real
 * incidents of that category did: how many did the step, how many met its target, and the
 * median hours from the step's reference point ({@code playbook_drills_vs_real},
 * docs/playbooks.md).
 */
public final class DrillsVersusRealSheet {
    private DrillsVersusRealSheet() {
    }

    public static void write(WorkbookContext context, PortfolioMetrics portfolio) {
        Labels labels = context.labels();
        var sheet = context.sheet("drills_vs_real");
        SheetTable table = context.table(sheet, 0, List.of(
                context.column("severity.category", 16), context.column("playbook.step", 22),
                context.column("playbook.target_hours", 10),
                context.column("drills.drills", 8), context.column("drills.drills_done", 10),
                context.column("drills.drills_met", 10),
                context.column("drills.drill_median_hours", 14),
                context.column("drills.real", 8), context.column("drills.real_done", 10),
                context.column("drills.real_met", 10),
                context.column("drills.real_median_hours", 14)));
        for (MetricsNode row : portfolio.document().list("playbook_drills_vs_real")) {
            table.row().text(labels.value("category", row.text("category")))
                    .text(labels.value("action", row.text("action")))
                    .decimal(row.number("target_hours")).count(row.count("drills"))
                    .count(row.count("drills_done")).count(row.count("drills_met"))
                    .decimal(row.number("drill_median_hours")).count(row.count("real"))
                    .count(row.count("real_done")).count(row.count("real_met"))
                    .decimal(row.number("real_median_hours"));
        }
        table.autoFilter();
    }
}
