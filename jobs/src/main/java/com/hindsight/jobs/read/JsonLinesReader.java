package com.hindsight.jobs.read;

import com.hindsight.model.QuarantineReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;

/**
 * Splits a JSON Lines file into one raw record per line, numbered from 1. Blank lines are skipped.
 * Lines are split as bytes so that a line of invalid UTF-8 is quarantined alone
 * ({@code bad_encoding}) instead of corrupting its neighbours; a line longer than the limit is
 * quarantined as {@code oversized} without being held in memory whole; a file that ends in the
 * middle of its compressed stream yields one {@code unreadable_file} record after the good lines.
 * Parsing the JSON itself is left to Spark's JSON reader.
 */
final class JsonLinesReader extends RecordIterator {
    private final InputStream in;
    private final String file;
    private final int maxRecordBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean finished;

    JsonLinesReader(InputStream in, String file, int maxRecordBytes) {
        this.in = in;
        this.file = file;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    protected Row computeNext() {
        while (!finished) {
            line.reset();
            long lineBytes;
            try {
                lineBytes = readLine();
            } catch (IOException e) {
                finished = true;
                lineNumber++;
                return RawRecord.problem(file, lineNumber, null,
                        QuarantineReason.UNREADABLE_FILE.code(),
                        "file is truncated or corrupt from line " + lineNumber + " on ("
                                + e.getMessage() + "); the lines before it were read");
            }
            if (lineBytes < 0) {
                finished = true;
                return null;
            }
            lineNumber++;
            Row record = toRecord(lineBytes);
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /**
     * Reads up to the next newline into {@link #line} (at most the limit; the rest of an oversized
     * line is counted and dropped). Returns the line's length in bytes, or -1 at the end of file.
     */
    private long readLine() throws IOException {
        long lineBytes = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? lineBytes : -1;
                }
            }
            any = true;
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline >= 0 ? newline : limit;
            int chunk = end - position;
            long room = maxRecordBytes - lineBytes;
            if (room > 0) {
                line.write(buffer, position, (int) Math.min(room, chunk));
            }
            lineBytes += chunk;
            position = newline >= 0 ? newline + 1 : limit;
            if (newline >= 0) {
                return lineBytes;
            }
        }
    }

    private Row toRecord(long lineBytes) {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int start = lineNumber == 1 ? bomLength(bytes, length) : 0;
        if (lineBytes > maxRecordBytes) {
            String head = new String(bytes, start, length - start, StandardCharsets.UTF_8);
            return RawRecord.problem(file, lineNumber, RawText.preview(head),
                    QuarantineReason.OVERSIZED.code(),
                    "record is " + lineBytes + " bytes, over the limit of " + maxRecordBytes);
        }
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
        } catch (CharacterCodingException e) {
            return RawRecord.problem(file, lineNumber,
                    RawText.preview(new String(bytes, start, length - start, StandardCharsets.UTF_8)),
                    QuarantineReason.BAD_ENCODING.code(), "line is not valid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        return RawRecord.json(file, lineNumber, text);
    }

    private static int bomLength(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
