package com.hindsight.reports.workbook;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table on a sheet: a bold header in the sheet's first row, then one typed cell after another.
 * Numbers are written as numbers, timestamps as Excel dates in the zone the metrics were computed
 * in (the offset in the document; Excel has no zones), shares as fractions with a % format, and a
 * null as an empty cell.
 *
 * <p>Several tables may sit side by side on one sheet, all headed in row 1. With a streaming
 * workbook only the last rows stay in memory, so a sheet writes its small tables first and its
 * one long table (if any) last.
 */
public final class SheetTable {
    private final Sheet sheet;
    private final ReportStyles styles;
    private final int firstColumn;
    private final int columns;
    private int rowIndex;
    private Row row;
    private int column;

    /** Column headers and widths in characters. */
    public record Column(String header, int width) {
    }

    public SheetTable(Sheet sheet, ReportStyles styles, int firstColumn, List<Column> header) {
        this.sheet = sheet;
        this.styles = styles;
        this.firstColumn = firstColumn;
        this.columns = header.size();
        Row headerRow = rowAt(0);
        for (int i = 0; i < header.size(); i++) {
            sheet.setColumnWidth(firstColumn + i, header.get(i).width() * 256);
            Cell cell = headerRow.createCell(firstColumn + i);
            cell.setCellValue(header.get(i).header());
            cell.setCellStyle(styles.get(CellKind.HEADER));
        }
    }

    /** Starts the next row. */
    public SheetTable row() {
        rowIndex++;
        row = rowAt(rowIndex);
        column = firstColumn;
        return this;
    }

    public SheetTable text(String value) {
        return value == null ? blank() : put(CellKind.TEXT).withText(value);
    }

    public SheetTable wrappedText(String value) {
        return value == null ? blank() : put(CellKind.WRAPPED_TEXT).withText(value);
    }

    public SheetTable count(Long value) {
        return value == null ? blank() : put(CellKind.COUNT).withNumber(value);
    }

    public SheetTable decimal(Double value) {
        return value == null ? blank() : put(CellKind.DECIMAL).withNumber(value);
    }

    /** A share 0–1, shown as a percentage. */
    public SheetTable percent(Double value) {
        return value == null ? blank() : put(CellKind.PERCENT).withNumber(value);
    }

    public SheetTable dateTime(OffsetDateTime value) {
        if (value == null) {
            return blank();
        }
        current(CellKind.DATE_TIME).setCellValue(value.toLocalDateTime());
        return this;
    }

    public SheetTable date(LocalDate value) {
        if (value == null) {
            return blank();
        }
        current(CellKind.DATE).setCellValue(value);
        return this;
    }

    /** A text coloured green (good) or red (bad), or plain when {@code good} is null. */
    public SheetTable status(String text, Boolean good) {
        CellKind kind = good == null ? CellKind.TEXT : good ? CellKind.MET : CellKind.MISSED;
        return put(kind).withText(text);
    }

    public SheetTable blank() {
        column++;
        return this;
    }

    /** Data rows written so far (the header not counted). */
    public int rows() {
        return rowIndex;
    }

    /** Puts the sheet's one auto-filter on this table (header and rows). */
    public void autoFilter() {
        sheet.setAutoFilter(new CellRangeAddress(0, rowIndex,
                firstColumn, firstColumn + columns - 1));
    }

    private Cell current(CellKind kind) {
        if (row == null) {
            throw new IllegalStateException("call row() before writing a cell");
        }
        if (column >= firstColumn + columns) {
            throw new IllegalStateException("row " + rowIndex + " has more cells than the "
                    + columns + " columns of its table");
        }
        Cell cell = row.createCell(column++);
        cell.setCellStyle(styles.get(kind));
        return cell;
    }

    private CellWriter put(CellKind kind) {
        return new CellWriter(current(kind));
    }

    private Row rowAt(int index) {
        Row existing = sheet.getRow(index);
        return existing != null ? existing : sheet.createRow(index);
    }

    /** Sets the value of the cell just created and returns to the table. */
    private final class CellWriter {
        private final Cell cell;

        CellWriter(Cell cell) {
            this.cell = cell;
        }

        SheetTable withText(String value) {
            cell.setCellValue(value);
            return SheetTable.this;
        }

        SheetTable withNumber(double value) {
            cell.setCellValue(value);
            return SheetTable.this;
        }
    }
}
