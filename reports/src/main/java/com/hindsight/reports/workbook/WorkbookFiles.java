package com.hindsight.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Creates streaming workbooks and writes them with properties taken from the data. */
public final class WorkbookFiles {
    /** Rows of a sheet kept in memory; older rows go to a compressed temporary file. */
    static final int ROWS_IN_MEMORY = 200;

    private WorkbookFiles() {
    }

    public static SXSSFWorkbook create() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    /**
     * Writes the workbook, dated {@code dated} (from the data, never the clock, so a rerun writes
     * the same properties), and deletes its temporary files.
     */
    public static void write(SXSSFWorkbook workbook, String title, OffsetDateTime dated,
                             OutputStream out) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties()
                .getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(dated.toInstant()));
        core.setCreated(date);
        core.setModified(date);
        core.setCreator("Hindsight");
        core.setTitle(title);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook " + title, e);
        } finally {
            workbook.dispose();
        }
    }
}
