package com.hindsight.jobs.read;

import com.hindsight.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx export with Apache POI: the first row is the header, every
 * following non-empty row one record, numbered by its spreadsheet row (the header is row 1).
 * Date cells become {@code yyyy-MM-dd HH:mm:ss} local times and numbers are written in full (a
 * phone number stored as a number must not turn into 1.38E10). A file POI cannot open yields one
 * {@code unreadable_file} record.
 *
 * <p>Cost: POI holds the workbook in memory, so spreadsheets are meant for exports of thousands of
 * rows; large archives should use CSV or JSON Lines.
 */
final class XlsxReader extends RecordIterator {
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final InputStream in;
    private final String file;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private Workbook workbook;
    private Sheet sheet;
    private List<String> fieldNames;
    private int rowIndex;
    private boolean finished;

    XlsxReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    protected org.apache.spark.sql.Row computeNext() {
        if (finished) {
            return null;
        }
        if (workbook == null) {
            try {
                workbook = new XSSFWorkbook(in);
            } catch (IOException | RuntimeException e) {
                finished = true;
                return RawRecord.problem(file, 1, null, QuarantineReason.UNREADABLE_FILE.code(),
                        "spreadsheet cannot be opened (" + e.getMessage() + ")");
            }
            sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                finished = true;
                return null;
            }
            fieldNames = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                fieldNames.add(HeaderNames.normalise(formatter.formatCellValue(header.getCell(c))));
            }
            rowIndex = header.getRowNum() + 1;
        }
        while (rowIndex <= sheet.getLastRowNum()) {
            Row row = sheet.getRow(rowIndex++);
            if (row == null) {
                continue;
            }
            org.apache.spark.sql.Row record = toRecord(row);
            if (record != null) {
                return record;
            }
        }
        finished = true;
        return null;
    }

    private org.apache.spark.sql.Row toRecord(Row row) {
        long line = row.getRowNum() + 1L;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        try {
            for (int c = 0; c < Math.max(fieldNames.size(), row.getLastCellNum()); c++) {
                String value = cellText(row.getCell(c));
                values.add(value);
                if (c < fieldNames.size() && !fieldNames.get(c).isEmpty() && !value.isEmpty()) {
                    fields.putIfAbsent(fieldNames.get(c), value);
                } else if (c >= fieldNames.size() && !value.isEmpty()) {
                    return RawRecord.rejectedFields(file, line,
                            CSVFormat.RFC4180.format(values.toArray()), fields,
                            QuarantineReason.BAD_ROW.code(),
                            "row has a value in column " + (c + 1) + " but the header has only "
                                    + fieldNames.size() + " columns");
                }
            }
        } catch (RuntimeException e) {
            return RawRecord.problem(file, line, null, QuarantineReason.BAD_ROW.code(),
                    "row cannot be read (" + e.getMessage() + ")");
        }
        if (fields.isEmpty()) {
            return null;
        }
        return RawRecord.fields(file, line, CSVFormat.RFC4180.format(values.toArray()), fields);
    }

    private String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return LOCAL_TIME.format(cell.getLocalDateTimeCellValue());
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell).strip();
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
        in.close();
    }
}
