package com.hindsight.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook read back with POI, for assertions on its cells. */
public final class WorkbookCells {
    private WorkbookCells() {
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sheet's cells as typed values (numbers, texts, booleans), row by row. */
    public static Map<String, List<List<Object>>> contents(byte[] xlsx) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = open(xlsx)) {
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell.getColumnIndex() + ":" + value(cell) + ":"
                                + cell.getCellStyle().getDataFormatString());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    static Object value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    /** The row of {@code sheet} whose first cell (column {@code column}) is {@code label}. */
    public static Row rowLabelled(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && label.equals(value(cell))) {
                return row;
            }
        }
        throw new AssertionError("no row labelled \"" + label + "\" in sheet "
                + sheet.getSheetName());
    }
}
