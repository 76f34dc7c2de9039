package com.hindsight.reports.workbook;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

/** What every sheet builder of one workbook shares: the workbook, its styles and the labels. */
public record WorkbookContext(Workbook workbook, ReportStyles styles, Labels labels) {
    /** Pixels of a default column (8.43 characters) and a default row (15 points). */
    private static final int COLUMN_PIXELS = 64;
    private static final int ROW_PIXELS = 20;

    /** A new sheet named by the label {@code sheet.<key>}, header row frozen. */
    public Sheet sheet(String key) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                labels.get("sheet." + key)));
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** A table on {@code sheet} from column {@code firstColumn}, headed by labels. */
    public SheetTable table(Sheet sheet, int firstColumn, List<SheetTable.Column> columns) {
        return new SheetTable(sheet, styles, firstColumn, columns);
    }

    /** A header column: the label of {@code key}, {@code width} characters wide. */
    public SheetTable.Column column(String key, int width) {
        return new SheetTable.Column(labels.get(key), width);
    }

    /**
     * Embeds a chart's PNG with its top-left corner at (column, row), spanning as many default
     * columns and rows as its pixels need (columns right of the tables keep the default width).
     *
     * @return the first row below the picture
     */
    public int embed(Sheet sheet, ChartImage chart, int column, int row) {
        int picture = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int lastColumn = column + ceilDiv(chart.width(), COLUMN_PIXELS);
        int lastRow = row + ceilDiv(chart.height(), ROW_PIXELS);
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, row, lastColumn, lastRow);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, picture);
        return lastRow + 1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
