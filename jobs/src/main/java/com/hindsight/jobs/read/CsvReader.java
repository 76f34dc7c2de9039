package com.hindsight.jobs.read;

import com.hindsight.model.QuarantineReason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;

/**
 * Reads a CSV file (UTF-8, header row, RFC 4180 quoting, quoted fields may span lines) with Apache
 * Commons CSV, one raw record per CSV record, numbered by the line the record starts on.
 *
 * <p>Why not Spark's CSV reader: it cannot say which line a bad record came from, and the
 * quarantine must. Commons CSV streams the file and reports line numbers.
 *
 * <p>Blank lines are skipped (read as records so that line numbers stay exact). A record with more fields than the header is quarantined ({@code bad_csv}); a shorter one is
 * read with the missing trailing fields absent (real exports drop trailing empty fields). A
 * quoted field that never closes makes the rest of the file impossible to split: the records
 * before it are kept and one {@code bad_csv} record says where it starts. A compressed file cut
 * short gives one {@code unreadable_file} record after the records before the damage.
 */
final class CsvReader extends RecordIterator {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .setTrailingData(true)
            .get();

    private final String file;
    private final int maxRecordBytes;
    private final Reader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> fieldNames;
    private long lastLine;
    private boolean finished;

    CsvReader(InputStream in, String file, int maxRecordBytes) {
        this.file = file;
        this.maxRecordBytes = maxRecordBytes;
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    protected Row computeNext() {
        if (finished) {
            return null;
        }
        long startLine = lastLine + 1;
        try {
            if (parser == null) {
                parser = FORMAT.parse(reader);
                fieldNames = parser.getHeaderNames().stream().map(HeaderNames::normalise).toList();
                records = parser.iterator();
                lastLine = parser.getCurrentLineNumber();
                startLine = lastLine + 1;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    startLine = lastLine + 1;
                    continue;
                }
                return toRecord(record, startLine);
            }
            finished = true;
            return null;
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            finished = true;
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof EOFException || cause instanceof ZipException) {
                return RawRecord.problem(file, startLine, null,
                        QuarantineReason.UNREADABLE_FILE.code(), "file is truncated or corrupt from"
                                + " line " + startLine + " on (" + cause.getMessage()
                                + "); the records before it were read");
            }
            return RawRecord.problem(file, startLine, null, QuarantineReason.BAD_CSV.code(),
                    "CSV cannot be split into records from line " + startLine + " on ("
                            + cause.getMessage() + ", e.g. a quoted field that never closes);"
                            + " the records before it were read");
        }
    }

    private Row toRecord(CSVRecord record, long line) {
        List<String> values = record.toList();
        String raw = CSVFormat.RFC4180.format(values.toArray());
        if (raw.length() > maxRecordBytes) {
            return RawRecord.problem(file, line, RawText.preview(raw),
                    QuarantineReason.OVERSIZED.code(),
                    "record is " + raw.length() + " characters, over the limit of " + maxRecordBytes);
        }
        if (RawText.hasReplacementCharacter(raw)) {
            return RawRecord.problem(file, line, raw, QuarantineReason.BAD_ENCODING.code(),
                    "record is not valid UTF-8");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(values.size(), fieldNames.size()); i++) {
            String name = fieldNames.get(i);
            if (!name.isEmpty() && !fields.containsKey(name)) {
                fields.put(name, values.get(i));
            }
        }
        if (values.size() > fieldNames.size()) {
            return RawRecord.rejectedFields(file, line, raw, fields, QuarantineReason.BAD_CSV.code(),
                    "record has " + values.size() + " fields but the header has "
                            + fieldNames.size());
        }
        return RawRecord.fields(file, line, raw, fields);
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        reader.close();
    }
}
