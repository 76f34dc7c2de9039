package com.hindsight.jobs.read;

import static com.hindsight.jobs.read.ReaderFixtures.all;
import static com.hindsight.jobs.read.ReaderFixtures.detail;
import static com.hindsight.jobs.read.ReaderFixtures.field;
import static com.hindsight.jobs.read.ReaderFixtures.line;
import static com.hindsight.jobs.read.ReaderFixtures.problem;
import static com.hindsight.jobs.read.ReaderFixtures.raw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReaderTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "streaming (inline strings) = {0}")
    @ValueSource(booleans = {false, true})
    void readsHeaderAndNumbersRecordsBySpreadsheetRowSkippingEmptyRows(boolean streaming) {
        byte[] xlsx = workbook(streaming, sheet -> {
            cells(sheet, 0, "ID", " Received At ", "Channel");
            cells(sheet, 1, "c1", "2024-03-05 10:00:00", "  app  ");
            cells(sheet, 2, "c2", "2024-03-05 11:00:00", "web");
            cells(sheet, 3, "", null, " ");
            sheet.createRow(4);
            cells(sheet, 5, "c3", "2024-03-05 12:00:00", "hotline");
        });

        List<Row> records =
                all(new XlsxReader(new ByteArrayInputStream(xlsx), "complaints/b.xlsx"));

        assertThat(records).extracting(ReaderFixtures::line).containsExactly(2L, 3L, 6L);
        assertThat(records).extracting(ReaderFixtures::problem).containsOnlyNulls();
        assertThat(records.get(0).getString(0)).isEqualTo("complaints/b.xlsx");
        assertThat(field(records.get(0), "id")).isEqualTo("c1");
        assertThat(field(records.get(0), "received_at")).isEqualTo("2024-03-05 10:00:00");
        assertThat(field(records.get(0), "channel")).isEqualTo("app");
        assertThat(raw(records.get(0))).isEqualTo("c1,2024-03-05 10:00:00,app");
        assertThat(field(records.get(2), "channel")).isEqualTo("hotline");
    }

    @ParameterizedTest(name = "streaming (inline strings) = {0}")
    @ValueSource(booleans = {false, true})
    void missingCellsKeepTheColumnPositions(boolean streaming) {
        byte[] xlsx = workbook(streaming, sheet -> {
            cells(sheet, 0, "id", "a", "b", "c");
            cells(sheet, 1, "x", null, null, "z");
            cells(sheet, 2, null, "y");
        });

        List<Row> records = read(xlsx);

        assertThat(field(records.get(0), "id")).isEqualTo("x");
        assertThat(field(records.get(0), "a")).isNull();
        assertThat(field(records.get(0), "c")).isEqualTo("z");
        assertThat(raw(records.get(0))).isEqualTo("x,,,z");
        assertThat(field(records.get(1), "a")).isEqualTo("y");
        assertThat(raw(records.get(1))).isEqualTo("\"\",y,,");
    }

    @ParameterizedTest(name = "streaming (inline strings) = {0}")
    @ValueSource(booleans = {false, true})
    void writesNumbersInFullDatesAsLocalTimesBooleansAndCachedFormulaResults(boolean streaming) {
        byte[] xlsx = workbook(streaming, sheet -> {
            Workbook book = sheet.getWorkbook();
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle twoDecimals = book.createCellStyle();
            twoDecimals.setDataFormat(book.createDataFormat().getFormat("0.00"));
            cells(sheet, 0, "phone", "amount", "received_at", "day", "vip", "total", "label",
                    "big");
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(13800138000d);
            row.createCell(1).setCellValue(12.50);
            row.getCell(1).setCellStyle(twoDecimals);
            row.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 5, 15, 30, 0));
            row.getCell(2).setCellStyle(dateTime);
            row.createCell(3).setCellValue(LocalDateTime.of(2024, 3, 5, 0, 0));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellFormula("B2*2");
            row.createCell(6).setCellFormula("\"ab\"&\"c\"");
            row.createCell(7).setCellValue(1.2345678901234E20);
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Row record = read(xlsx).get(0);

        assertThat(field(record, "phone")).isEqualTo("13800138000");
        assertThat(field(record, "amount")).isEqualTo("12.5");
        assertThat(field(record, "received_at")).isEqualTo("2024-03-05 15:30:00");
        assertThat(field(record, "day")).isEqualTo("2024-03-05 00:00:00");
        assertThat(field(record, "vip")).isEqualTo("true");
        assertThat(field(record, "total")).isEqualTo("25");
        assertThat(field(record, "label")).isEqualTo("abc");
        assertThat(field(record, "big")).isEqualTo("123456789012340000000");
    }

    @Test
    void readsDatesOfA1904Workbook() {
        byte[] xlsx = workbook(false, sheet -> {
            XSSFWorkbook book = (XSSFWorkbook) sheet.getWorkbook();
            book.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            cells(sheet, 0, "at");
            sheet.createRow(1).createCell(0).setCellValue(LocalDateTime.of(2024, 3, 5, 15, 30, 0));
            sheet.getRow(1).getCell(0).setCellStyle(dateTime);
        });

        assertThat(field(read(xlsx).get(0), "at")).isEqualTo("2024-03-05 15:30:00");
    }

    @Test
    void numbersWithoutAnyStylesPartAreStillWrittenInFull() {
        byte[] xlsx = rewrite(workbook(false, sheet -> {
            cells(sheet, 0, "phone");
            sheet.createRow(1).createCell(0).setCellValue(13800138000d);
        }), name -> name.equals("xl/styles.xml") ? null : UnaryOperator.identity());

        assertThat(field(read(xlsx).get(0), "phone")).isEqualTo("13800138000");
    }

    @Test
    void valueRightOfTheHeaderIsABadRow() {
        byte[] xlsx = workbook(false, sheet -> {
            cells(sheet, 0, "id", "text", "channel");
            cells(sheet, 1, "c1", "ok", "app");
            cells(sheet, 2, "c2", "too many", "app", null, "extra");
            cells(sheet, 3, "c3", "ok", "web");
        });

        List<Row> records = read(xlsx);

        assertThat(records).extracting(ReaderFixtures::problem)
                .containsExactly(null, "bad_row", null);
        Row bad = records.get(1);
        assertThat(line(bad)).isEqualTo(3);
        assertThat(detail(bad))
                .isEqualTo("row has a value in column 5 but the header has only 3 columns");
        assertThat(raw(bad)).isEqualTo("c2,too many,app,,extra");
        assertThat(field(bad, "id")).isEqualTo("c2");
    }

    @Test
    void rowThatCannotBeReadIsABadRowAndTheRestIsRead() {
        byte[] xlsx = rewrite(workbook(false, sheet -> {
            cells(sheet, 0, "id", "text");
            cells(sheet, 1, "c1", "a");
            cells(sheet, 2, "c2", "b");
            cells(sheet, 3, "c3", "c");
        }), name -> name.equals(SHEET)
                // row 3 points at a shared string that does not exist
                ? xml -> xml.replaceFirst("(<c r=\"B3\" t=\"s\"[^>]*><v>)\\d+(</v>)", "$199$2")
                : UnaryOperator.identity());

        List<Row> records = read(xlsx);

        assertThat(records).extracting(ReaderFixtures::line).containsExactly(2L, 3L, 4L);
        assertThat(records).extracting(ReaderFixtures::problem)
                .containsExactly(null, "bad_row", null);
        assertThat(detail(records.get(1))).startsWith("row cannot be read (");
        assertThat(field(records.get(2), "text")).isEqualTo("c");
    }

    @Test
    void bytesThatAreNotAZipAreOneUnreadableFileRecord() {
        List<Row> records = all(new XlsxReader(ReaderFixtures.utf8("id,text\nc1,not a workbook\n"),
                "complaints/fake.xlsx"));

        assertThat(records).hasSize(1);
        assertThat(problem(records.get(0))).isEqualTo("unreadable_file");
        assertThat(line(records.get(0))).isEqualTo(1);
        assertThat(detail(records.get(0))).startsWith("spreadsheet cannot be opened (")
                .doesNotContain("hindsight-xlsx-");
    }

    @Test
    @Timeout(60)
    void truncatedZipEndsInAnUnreadableFileRecord() {
        byte[] xlsx = workbook(false, sheet -> {
            cells(sheet, 0, "id", "text");
            for (int r = 1; r <= 2_000; r++) {
                cells(sheet, r, "c" + r, "complaint number " + r);
            }
        });

        List<Row> records = read(Arrays.copyOf(xlsx, xlsx.length / 2));

        assertThat(records).isNotEmpty();
        Row last = records.get(records.size() - 1);
        assertThat(problem(last)).isEqualTo("unreadable_file");
        assertThat(records.subList(0, records.size() - 1))
                .allSatisfy(record -> assertThat(problem(record)).isNull());
    }

    @Test
    @Timeout(60)
    void sheetCutOffMidStreamKeepsTheRowsBeforeAndNamesTheRowReached() {
        byte[] whole = workbook(true, sheet -> {
            cells(sheet, 0, "id", "text");
            for (int r = 1; r <= 500; r++) {
                cells(sheet, r, "c" + r, "complaint number " + r);
            }
        });
        byte[] cut = rewrite(whole, name -> name.equals(SHEET)
                ? xml -> xml.substring(0, xml.indexOf("<row r=\"301\"") + 20)
                : UnaryOperator.identity());

        List<Row> records = read(cut);

        assertThat(records).hasSize(300);
        assertThat(records.subList(0, 299)).extracting(ReaderFixtures::problem).containsOnlyNulls();
        assertThat(line(records.get(298))).isEqualTo(300);
        Row broken = records.get(299);
        assertThat(problem(broken)).isEqualTo("unreadable_file");
        assertThat(line(broken)).isEqualTo(301);
        assertThat(detail(broken)).startsWith("sheet cannot be read from row 301 on (")
                .endsWith("); the rows before it were read");
    }

    @Test
    @Timeout(120)
    void streamsASheetTooBigForPoisInMemoryLimit() throws IOException {
        Path file = bigWorkbook(200_000);
        int limit = ZipArchiveFakeEntry.getMaxEntrySize();
        // the workbook model unpacks every part into a byte array of at most this size; the sheet
        // written here is far bigger, as a 230,000-row export is bigger than the real 100 MB limit
        ZipArchiveFakeEntry.setMaxEntrySize(1_000_000);
        long count = 0;
        Row last = null;
        try (XlsxReader reader = new XlsxReader(Files.newInputStream(file), "big.xlsx")) {
            while (reader.hasNext()) {
                last = reader.next();
                assertThat(problem(last)).isNull();
                count++;
            }
        } finally {
            ZipArchiveFakeEntry.setMaxEntrySize(limit);
        }

        assertThat(count).isEqualTo(200_000);
        assertThat(line(last)).isEqualTo(200_001);
        assertThat(field(last, "id")).isEqualTo("c200000");
        assertThat(field(last, "phone")).isEqualTo("13800200000");
    }

    @Test
    @Timeout(60)
    void closingEarlyStopsTheParserThreadAndDeletesTheCopy() throws IOException {
        Path file = bigWorkbook(20_000);
        XlsxReader reader = new XlsxReader(Files.newInputStream(file), "early-close.xlsx");
        for (int i = 0; i < 3; i++) {
            assertThat(problem(reader.next())).isNull();
        }
        assertThat(parserThreads("early-close.xlsx")).hasSize(1);
        Path copy = reader.temporaryCopy();
        assertThat(copy).exists();

        reader.close();

        assertThat(parserThreads("early-close.xlsx")).isEmpty();
        assertThat(copy).doesNotExist();
        assertThat(reader.hasNext()).isFalse();
    }

    @Test
    void readingToTheEndLeavesNoThreadBehind() {
        byte[] xlsx = workbook(false, sheet -> {
            cells(sheet, 0, "id");
            cells(sheet, 1, "c1");
        });

        assertThat(all(new XlsxReader(new ByteArrayInputStream(xlsx), "to-the-end.xlsx")))
                .hasSize(1);
        assertThat(parserThreads("to-the-end.xlsx")).isEmpty();
    }

    @Test
    void columnsOfCellReferencesStopCountingPastTheLastColumn() {
        assertThat(XlsxReader.columnOf("A1")).isZero();
        assertThat(XlsxReader.columnOf("ab12")).isEqualTo(27);
        assertThat(XlsxReader.columnOf("XFD1")).isEqualTo(16_383);
        assertThat(XlsxReader.columnOf("XFE1")).isEqualTo(16_384);
        // POI's CellReference overflows here (-19541); the reader must see "right of XFD"
        assertThat(XlsxReader.columnOf("ABCDEFGHIJ1")).isGreaterThan(16_383);
        assertThat(XlsxReader.columnOf("12")).isEqualTo(-1);
    }

    private static List<Row> read(byte[] xlsx) {
        return all(new XlsxReader(new ByteArrayInputStream(xlsx), "f.xlsx"));
    }

    private static List<Thread> parserThreads(String file) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive()
                        && t.getName().equals(XlsxReader.THREAD_NAME_PREFIX + file))
                .toList();
    }

    /** A workbook of {@code rows} records written row by row, as big exports are. */
    private Path bigWorkbook(int rows) throws IOException {
        Path file = temp.resolve("big-" + rows + ".xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("export");
            cells(sheet, 0, "id", "received_at", "channel", "text", "phone");
            for (int r = 1; r <= rows; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("c" + r);
                row.createCell(1).setCellValue("2024-03-05 10:00:00");
                row.createCell(2).setCellValue("branch");
                row.createCell(3).setCellValue("柜台排队太久了 " + r);
                row.createCell(4).setCellValue(13800000000d + r);
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }

    /** An .xlsx: XSSFWorkbook writes shared strings, SXSSFWorkbook inline strings. */
    private static byte[] workbook(boolean streaming, Consumer<Sheet> fill) {
        try (Workbook book = streaming ? new SXSSFWorkbook() : new XSSFWorkbook()) {
            fill.accept(book.createSheet("export"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            if (book instanceof SXSSFWorkbook sxssf) {
                sxssf.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** String cells in one row; null leaves the cell out. */
    private static void cells(Sheet sheet, int rowIndex, String... values) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /**
     * The same zip with each entry's text changed by the function the entry's name maps to; an
     * entry whose name maps to null is left out.
     */
    private static byte[] rewrite(byte[] zip,
                                  Function<String, UnaryOperator<String>> edits) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null;
                 entry = in.getNextEntry()) {
                UnaryOperator<String> edit = edits.apply(entry.getName());
                byte[] content = in.readAllBytes();
                if (edit == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(edit.apply(new String(content, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
