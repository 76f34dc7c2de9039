package com.hindsight.reports.workbook.portfolio;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import com.hindsight.reports.workbook.CellKind;
import com.hindsight.reports.workbook.PageWriter;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sheet "Cover", the first of the portfolio workbook: its title, where the figures came from
 * (as-of date, analyze run), how many incidents, the most severe ones, and how to read severity.
 * Prints on one portrait page.
 */
final class CoverSheet {
    static final int MOST_SEVERE = 5;
    private static final int[] WIDTHS = {8, 16, 52, 12};

    private CoverSheet() {
    }

    static void write(WorkbookContext context, PortfolioMetrics portfolio) {
        Labels labels = context.labels();
        Sheet sheet = context.page("cover");
        PageWriter page = new PageWriter(sheet, context.styles(), WIDTHS);
        List<MetricsNode> ranking = portfolio.document().list("severity_ranking");
        String run = context.source().analyzeRun();
        int row = 0;
        page.line(row++, labels.get("workbook.portfolio.title"), CellKind.PAGE_TITLE);
        page.line(row++, labels.format("cover.source", portfolio.asOf(),
                run == null ? labels.get("value.none") : run, ranking.size()), CellKind.PAGE_NOTE);
        row++;
        page.line(row++, labels.get("cover.most_severe"), CellKind.PAGE_SECTION);
        page.text(row, 0, labels.get("severity.rank"), CellKind.HEADER);
        page.text(row, 1, labels.get("severity.incident_id"), CellKind.HEADER);
        page.text(row, 2, labels.get("severity.title"), CellKind.HEADER);
        page.text(row, 3, labels.get("severity.severity"), CellKind.HEADER);
        row++;
        for (MetricsNode incident : ranking.subList(0, Math.min(MOST_SEVERE, ranking.size()))) {
            Long rank = incident.count("rank");
            page.number(row, 0, rank == null ? null : rank.doubleValue(), CellKind.COUNT);
            page.text(row, 1, incident.requiredText("incident_id"), CellKind.TEXT);
            page.text(row, 2, incident.text("title"), CellKind.WRAPPED_TEXT);
            page.number(row, 3, incident.number("severity"), CellKind.DECIMAL);
            row++;
        }
        row++;
        page.line(row++, labels.get("cover.severity_how"), CellKind.PAGE_SECTION);
        page.line(row, labels.get("cover.severity_text"), CellKind.PAGE_TEXT);
        context.reach(sheet, WIDTHS.length - 1, row);
    }
}
