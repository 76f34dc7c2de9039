package com.hindsight.reports.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a one-page sheet (a brief, a cover) cell by cell: titles and sentences across merged
 * columns with the row height their lines need (spreadsheet programs do not grow merged rows),
 * and typed cells in the styles of {@link ReportStyles}. Text is always stored as text, never as
 * a formula, whatever it starts with.
 */
public final class PageWriter {
    private static final float LINE_POINTS = 15f;
    private final Sheet sheet;
    private final ReportStyles styles;
    private final int lastColumn;
    private final int charactersPerLine;

    /**
     * @param widths the page's column widths in characters; text rows span all of them
     */
    public PageWriter(Sheet sheet, ReportStyles styles, int... widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.lastColumn = widths.length - 1;
        int characters = 0;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
            characters += widths[i];
        }
        this.charactersPerLine = characters;
    }

    /** A text across the page's columns, as tall as its lines need (a CJK character is two). */
    public void line(int rowIndex, String text, CellKind kind) {
        Row row = row(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(kind));
        for (int column = 1; column <= lastColumn; column++) {
            row.createCell(column).setCellStyle(styles.get(kind));
        }
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn));
        float scale = kind == CellKind.PAGE_TITLE ? 1.6f : kind == CellKind.PAGE_NOTE ? 0.8f : 1f;
        int lines = Math.max(1, (int) Math.ceil(width(text) * scale / charactersPerLine));
        row.setHeightInPoints(lines * LINE_POINTS * scale + 3);
    }

    /** One cell with text. */
    public Cell text(int rowIndex, int column, String text, CellKind kind) {
        Cell cell = row(rowIndex).createCell(column);
        cell.setCellStyle(styles.get(kind));
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }

    /** One cell with a number (null leaves it empty). */
    public Cell number(int rowIndex, int column, Double value, CellKind kind) {
        Cell cell = row(rowIndex).createCell(column);
        cell.setCellStyle(styles.get(kind));
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /**
     * Width in the default font's digit widths (a column's unit): a CJK character is about 1.7
     * digits wide in the CJK fonts spreadsheet programs fall back to, a Latin letter about 0.68
     * (letters are narrower than digits; measured on LibreOffice's rendering of the brief).
     */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || c >= '\u3000' && c <= '\uffef' ? 1.7 : 0.68;
        }
        return width;
    }
}
