package com.hindsight.reports.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: on A4, its print area over everything written (tables and pictures), one
 * page wide, landscape when its columns are wider than a portrait page, the header row repeated
 * on every page. A brief or cover prints on exactly one portrait page.
 */
final class PrintLayout {
    /** Characters of the default font across a portrait A4 page between narrow margins. */
    static final int PORTRAIT_CHARACTERS = 95;
    private static final double MARGIN_INCHES = 0.4;

    private final boolean onePage;
    private int lastColumn;
    private int lastRow;

    private PrintLayout(boolean onePage) {
        this.onePage = onePage;
    }

    static PrintLayout table() {
        return new PrintLayout(false);
    }

    static PrintLayout onePage() {
        return new PrintLayout(true);
    }

    void reach(int column, int row) {
        lastColumn = Math.max(lastColumn, column);
        lastRow = Math.max(lastRow, row);
    }

    void apply(Workbook workbook, Sheet sheet) {
        int rows = Math.max(lastRow, sheet.getLastRowNum());
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(rows, 0));
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(!onePage && widthInCharacters(sheet) > PORTRAIT_CHARACTERS);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        // 0: as many pages tall as the rows need; a brief is exactly one page
        setup.setFitHeight((short) (onePage ? 1 : 0));
        for (short margin : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin,
                Sheet.BottomMargin}) {
            sheet.setMargin(margin, MARGIN_INCHES);
        }
        sheet.setHorizontallyCenter(onePage);
        if (!onePage) {
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }
    }

    private int widthInCharacters(Sheet sheet) {
        int characters = 0;
        for (int column = 0; column <= lastColumn; column++) {
            characters += sheet.getColumnWidth(column) / 256;
        }
        return characters;
    }
}
