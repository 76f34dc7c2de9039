package com.hindsight.sample;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes complaints: branch-counter complaints to the branch export workbook (one sheet, header in
 * row 1, one complaint per row, text cells except the compensation amount), all others to CSV
 * shards. The workbook is streamed (SXSSF keeps a window of rows in memory and spills the rest to
 * a temporary file), so its size does not limit the scale; should a sheet ever fill up, further
 * branch complaints go to the CSV shards.
 */
final class ComplaintSink implements Closeable {
    private static final int ROW_WINDOW = 200;
    /** The workbook's creation date: the day statuses are as of. */
    private static final long EXPORTED_AT = Times.atLocal(ReviewWriter.AS_OF, 18, 0, 0);

    private final List<String> header;
    private final ArchiveWriter csv;
    private final Path archive;
    private final int compensationColumn;
    private SXSSFWorkbook workbook;
    private Sheet sheet;
    private int nextRow;

    ComplaintSink(Path archive) {
        this.header = SourceTable.COMPLAINTS.fields().stream().map(FieldSpec::name).toList();
        this.csv = ArchiveWriter.csvShards(archive, SourceTable.COMPLAINTS, ArchiveLayout.COMPLAINTS,
                ArchiveLayout.RECORDS_PER_SHARD, header);
        this.archive = archive;
        this.compensationColumn = header.indexOf(Fields.Complaints.COMPENSATION);
    }

    /** A row in the contract's field order; null for an absent value. */
    Object[] newRow() {
        return new Object[header.size()];
    }

    void set(Object[] row, String field, Object value) {
        row[header.indexOf(field)] = value;
    }

    void write(Object[] row, boolean branchCounter) throws IOException {
        if (branchCounter && nextRow < SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            writeRow(row);
            return;
        }
        Object[] csvRow = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            csvRow[i] = row[i] == null ? "" : row[i].toString();
        }
        csv.csvRecord(csvRow);
    }

    private void writeRow(Object[] values) {
        if (workbook == null) {
            workbook = new SXSSFWorkbook(ROW_WINDOW);
            workbook.setCompressTempFiles(false);
            // a fixed creation date instead of now, so equal content gives equal bytes
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(Instant.ofEpochSecond(EXPORTED_AT))));
            sheet = workbook.createSheet("branch complaints");
            Row headerRow = sheet.createRow(nextRow++);
            for (int i = 0; i < header.size(); i++) {
                headerRow.createCell(i).setCellValue(header.get(i));
            }
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (i == compensationColumn && v instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    int files() {
        return csv.files() + (workbook == null ? 0 : 1);
    }

    /** Writes the workbook and moves it and the CSV shards into place; without it, {@link #close()} deletes them. */
    void commit() throws IOException {
        if (workbook != null) {
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, i == header.indexOf(Fields.Complaints.TEXT) ? 60 * 256 : 20 * 256);
            }
            try (ArchiveWriter file = ArchiveWriter.file(archive, SourceTable.COMPLAINTS, ArchiveLayout.BRANCH_EXPORT)) {
                workbook.write(file.stream());
                file.commit();
            }
        }
        csv.commit();
    }

    @Override
    public void close() throws IOException {
        try (csv) {
            if (workbook != null) {
                workbook.close();
            }
        }
    }
}
