package com.hindsight.jobs.read;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import com.hindsight.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx export with Apache POI: the first row is the header, every
 * following non-empty row one record, numbered by its spreadsheet row (the header is row 1).
 * Date cells become {@code yyyy-MM-dd HH:mm:ss} local times and numbers are written in full (a
 * phone number stored as a number must not turn into 1.38E10). A file POI cannot open yields one
 * {@code unreadable_file} record; a sheet that breaks off part-way (truncated or corrupt) yields
 * the rows before the damage and then one {@code unreadable_file} record naming the row reached.
 *
 * <p>Memory is bounded, whatever the number of rows: the sheet is streamed with POI's SAX event
 * API ({@link XSSFSheetXMLHandler}), never loaded as a workbook. A zip needs random access, so the
 * stream is first copied to a temporary file (deleted on close) and opened from there; opening it
 * from the stream would make POI unpack every part into memory, and a sheet part over 100 MB
 * fails. What stays in memory is the shared-strings table (every distinct text of the workbook,
 * where Excel keeps most texts), the styles and a few hundred parsed rows.
 *
 * <p>SAX pushes rows while a {@link RecordIterator} is pulled, so the sheet is parsed on its own
 * daemon thread that hands finished rows to the reading thread in batches of
 * {@value #BATCH_ROWS} (one hand-over per row would cost a thread wake-up per row) through a
 * queue of {@value #QUEUE_BATCHES} batches, and blocks while the queue is full. The parser thread
 * reports its end, or the exception that stopped it, through the same queue after the rows it
 * finished, so an error becomes a record after the rows before it. A failure inside one row (a
 * cell POI cannot decode) only makes that row {@code bad_row}. {@link #close()} stops the thread,
 * waits for it and deletes the copy; inside a Spark task the reader also closes itself when the
 * task ends, so an iterator abandoned by a failed task leaves no thread or file behind.
 */
final class XlsxReader extends RecordIterator {
    /** Names the parser threads: the prefix followed by the file name. */
    static final String THREAD_NAME_PREFIX = "xlsx-sheet-reader ";
    /** Rows handed from the parser thread to the reader at once. */
    static final int BATCH_ROWS = 100;
    /** Batches parsed ahead of the reader at most. */
    static final int QUEUE_BATCHES = 2;

    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Index of column XFD, the last one Excel allows. */
    private static final int MAX_COLUMN = 16_383;
    private static final long JOIN_MILLIS = 10_000;
    private static final long POLL_MILLIS = 100;

    private final InputStream in;
    private final String file;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private volatile boolean closed;
    private Path copy;
    private OPCPackage pkg;
    private Thread parser;
    private boolean started;
    private boolean finished;
    private List<String> fieldNames;
    private Iterator<SheetRow> batch = Collections.emptyIterator();
    private long lastLine;

    XlsxReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    @Override
    protected Row computeNext() throws IOException {
        if (finished || closed) {
            return null;
        }
        if (!started) {
            started = true;
            Row problem = open();
            if (problem != null || parser == null) {
                finished = true;
                return problem;
            }
        }
        while (true) {
            if (!batch.hasNext()) {
                Object item = take();
                if (item instanceof SheetEnd end) {
                    finished = true;
                    return end.failure() == null ? null : brokenSheet(end);
                }
                @SuppressWarnings("unchecked")
                List<SheetRow> rows = (List<SheetRow>) item;
                batch = rows.iterator();
                continue;
            }
            SheetRow row = batch.next();
            lastLine = row.line();
            if (fieldNames == null) {
                fieldNames = new ArrayList<>();
                for (int c = 0; c < row.width(); c++) {
                    fieldNames.add(HeaderNames.normalise(row.value(c)));
                }
                continue;
            }
            Row record = toRecord(row);
            if (record != null) {
                return record;
            }
        }
    }

    /**
     * Copies the file, opens the workbook and starts the parser thread on its first sheet. Returns
     * the {@code unreadable_file} record when that fails; no parser thread then means no sheet.
     */
    private Row open() {
        try {
            copy = Files.createTempFile("hindsight-xlsx-", ".xlsx");
            try (InputStream source = in) {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            XSSFReader workbook = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = workbook.getStylesTable();
            if (styles == null) {
                // the default style formats numbers as General, so they still reach PlainNumbers
                styles = new StylesTable();
            }
            boolean date1904 = isDate1904(workbook);
            Iterator<InputStream> sheets = workbook.getSheetsData();
            if (!sheets.hasNext()) {
                releaseFile();
                return null;
            }
            InputStream sheet = sheets.next();
            SheetRows rows = new SheetRows();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(
                    new SheetHandler(styles, strings, rows, new PlainNumbers(date1904)));
            closeWithTask();
            parser = new Thread(() -> parse(xml, sheet, rows), THREAD_NAME_PREFIX + file);
            parser.setDaemon(true);
            parser.start();
            return null;
        } catch (Exception e) {
            String message = messageOf(e);
            releaseFile();
            return RawRecord.problem(file, 1, null, QuarantineReason.UNREADABLE_FILE.code(),
                    "spreadsheet cannot be opened (" + message + ")");
        }
    }

    private static boolean isDate1904(XSSFReader workbook) throws Exception {
        try (InputStream data = workbook.getWorkbookData()) {
            CTWorkbook ct = WorkbookDocument.Factory
                    .parse(data, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            return ct.isSetWorkbookPr() && ct.getWorkbookPr().getDate1904();
        }
    }

    /** Inside a Spark task: close when the task ends, even if the iterator was abandoned. */
    private void closeWithTask() {
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> {
                try {
                    close();
                } catch (IOException ignored) {
                    // the task is over; nothing is left to read
                }
            });
        }
    }

    /** Runs on the parser thread: parses the sheet and always ends with a {@link SheetEnd}. */
    private void parse(XMLReader xml, InputStream sheet, SheetRows rows) {
        SheetEnd end;
        try (sheet) {
            xml.parse(new InputSource(sheet));
            end = new SheetEnd(null, 0);
        } catch (Throwable e) {
            if (closed) {
                return;
            }
            end = new SheetEnd(e, rows.rowReached());
        }
        try {
            rows.flush();
            deliver(end);
        } catch (Stopped ignored) {
            // closed meanwhile: nobody is waiting for the end
        }
    }

    /** Parser thread: waits for room in the queue, or throws {@link Stopped} once closed. */
    private void deliver(Object item) {
        try {
            while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw Stopped.INSTANCE;
                }
            }
        } catch (InterruptedException e) {
            throw Stopped.INSTANCE;
        }
    }

    /** Reading thread: the next batch or the end; never waits on a parser thread that has died. */
    private Object take() throws IOException {
        try {
            while (true) {
                Object item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (!parser.isAlive()) {
                    item = queue.poll();
                    return item != null ? item : new SheetEnd(
                            new IllegalStateException("the sheet parser stopped unexpectedly"),
                            lastLine + 1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file);
        }
    }

    private Row brokenSheet(SheetEnd end) {
        return RawRecord.problem(file, end.rowReached(), null,
                QuarantineReason.UNREADABLE_FILE.code(),
                "sheet cannot be read from row " + end.rowReached() + " on ("
                        + messageOf(end.failure()) + "); the rows before it were read");
    }

    private Row toRecord(SheetRow row) {
        long line = row.line();
        if (row.problem() != null) {
            return RawRecord.problem(file, line, null, QuarantineReason.BAD_ROW.code(),
                    "row cannot be read (" + row.problem() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(fieldNames.size(), row.width()); c++) {
            String value = row.value(c);
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
        if (fields.isEmpty()) {
            return null;
        }
        return RawRecord.fields(file, line, CSVFormat.RFC4180.format(values.toArray()), fields);
    }

    /** The temporary copy the workbook is read from; null before the first record is asked for. */
    Path temporaryCopy() {
        return copy;
    }

    /** The message of a failure, naming the file instead of its temporary copy. */
    private String messageOf(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return copy == null ? message : message.replace(copy.toString(), file);
    }

    /** Stops and waits for the parser thread, then deletes the temporary copy. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Thread running = parser;
            if (running != null) {
                running.interrupt();
                try {
                    running.join(JOIN_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            queue.clear();
            batch = Collections.emptyIterator();
        } finally {
            try {
                releaseFile();
            } finally {
                in.close();
            }
        }
    }

    private void releaseFile() {
        if (pkg != null) {
            pkg.revert();
            pkg = null;
        }
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // a temporary file; the operating system's cleanup will get it
            }
        }
    }

    /**
     * Number of a column from a cell reference such as "AB12" (0-based), or -1. Not POI's
     * {@code CellReference}: it overflows on a long run of column letters (ABCDEFGHIJ1 gives
     * -19541), where this stops counting just past XFD, so the cell is reported as right of the
     * last column.
     */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && column <= MAX_COLUMN + 1) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** A number written in full: no exponent, no trailing zeros. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean looksNumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789+-.eE".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One parsed row: its 1-based line, values by column, and how many cells (blanks too). */
    private record SheetRow(long line, List<String> values, int width, String problem) {
        String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    /** The end of the sheet; {@code failure} is null when the whole sheet was read. */
    private record SheetEnd(Throwable failure, long rowReached) {
    }

    /** Thrown on the parser thread to abandon the parse once the reader is closed. */
    private static final class Stopped extends RuntimeException {
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super("reader closed", null, false, false);
        }
    }

    /**
     * Formats the numbers XSSFSheetXMLHandler passes in: date formats as local times, everything
     * else as the plain number, whatever its number format says.
     */
    private static final class PlainNumbers extends DataFormatter {
        private final boolean date1904;

        PlainNumbers(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isValidExcelDate(value)
                    && DateUtil.isADateFormat(formatIndex, formatString)) {
                return LOCAL_TIME.format(DateUtil.getLocalDateTime(value, use1904Windowing));
            }
            return plain(value);
        }
    }

    /**
     * POI's sheet handler, plus what its callbacks do not tell: the column and type of every
     * {@code <c>} element (blank cells included, as the workbook model counted them). An exception
     * inside one cell or row marks that row unreadable instead of ending the parse.
     */
    private final class SheetHandler extends XSSFSheetXMLHandler {
        private final SheetRows rows;

        SheetHandler(StylesTable styles, SharedStrings strings, SheetRows rows,
                     DataFormatter formatter) {
            super(styles, null, strings, rows, formatter, false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (closed) {
                throw Stopped.INSTANCE;
            }
            boolean spreadsheet = uri == null || uri.equals(NS_SPREADSHEETML);
            if (spreadsheet && "c".equals(localName)) {
                rows.startCell(attributes.getValue("r"), attributes.getValue("t"));
            }
            try {
                super.startElement(uri, localName, qName, attributes);
            } catch (RuntimeException e) {
                if (e instanceof Stopped) {
                    throw e;
                }
                if (spreadsheet && "row".equals(localName)) {
                    rows.startRow(rows.nextRowIndex());
                }
                rows.fail(e);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            try {
                super.endElement(uri, localName, qName);
            } catch (RuntimeException e) {
                if (e instanceof Stopped) {
                    throw e;
                }
                rows.fail(e);
                if ((uri == null || uri.equals(NS_SPREADSHEETML)) && "row".equals(localName)) {
                    rows.endRow(-1);
                }
            }
        }
    }

    /** Collects the cells of the current row and hands finished rows to the queue in batches. */
    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<SheetRow> ready = new ArrayList<>(BATCH_ROWS);
        private int rowIndex = -1;
        private List<String> values;
        private int width;
        private String problem;
        private int column = -1;
        private String cellType;

        @Override
        public void startRow(int rowNum) {
            rowIndex = rowNum;
            values = new ArrayList<>();
            width = 0;
            problem = null;
            column = -1;
        }

        int nextRowIndex() {
            return rowIndex + 1;
        }

        void startCell(String reference, String type) {
            int parsed = reference == null ? -1 : columnOf(reference);
            column = parsed >= 0 ? parsed : column + 1;
            cellType = type;
            if (values != null && column <= MAX_COLUMN) {
                width = Math.max(width, column + 1);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (values == null) {
                return;
            }
            if (column > MAX_COLUMN) {
                fail(new IllegalArgumentException("cell " + cellReference
                        + " is right of the last column XFD"));
                return;
            }
            while (values.size() <= column) {
                values.add("");
            }
            values.set(column, text(formattedValue, cellType));
        }

        void fail(Exception e) {
            if (values != null && problem == null) {
                problem = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (values == null) {
                return;
            }
            ready.add(new SheetRow(rowIndex + 1L, values, width, problem));
            values = null;
            if (ready.size() == BATCH_ROWS) {
                flush();
            }
        }

        /** Hands the rows finished so far to the reader. */
        void flush() {
            if (!ready.isEmpty()) {
                deliver(ready);
                ready = new ArrayList<>(BATCH_ROWS);
            }
        }

        /** The row the parse is in, or the next one between rows; 1-based. */
        long rowReached() {
            return values != null ? rowIndex + 1L : rowIndex + 2L;
        }

        /** The text of a cell, by the type attribute of its {@code <c>} element. */
        private static String text(String value, String type) {
            if (value == null) {
                return "";
            }
            if ("b".equals(type)) {
                // the handler writes TRUE and FALSE
                return value.toLowerCase(Locale.ROOT);
            }
            if ("e".equals(type)) {
                return value.startsWith("ERROR:") ? value.substring(6).strip() : value.strip();
            }
            String text = value.strip();
            if (type == null || "n".equals(type)) {
                // a number normally comes formatted by PlainNumbers; without a number format the
                // handler passes the raw XML text, which may be in exponent form
                if (looksNumeric(text)) {
                    try {
                        return plain(Double.parseDouble(text));
                    } catch (NumberFormatException e) {
                        return text;
                    }
                }
            }
            return text;
        }
    }
}
