package com.hindsight.jobs.read;

import com.hindsight.model.QuarantineReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;

/**
 * Reads a .json file that holds one JSON object (pretty-printed or not) as one raw record, line 1.
 * Parsing is left to Spark's JSON reader; this only enforces the size limit and UTF-8.
 */
final class JsonDocumentReader extends RecordIterator {
    private final InputStream in;
    private final String file;
    private final int maxRecordBytes;
    private boolean done;

    JsonDocumentReader(InputStream in, String file, int maxRecordBytes) {
        this.in = in;
        this.file = file;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    protected Row computeNext() {
        if (done) {
            return null;
        }
        done = true;
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxRecordBytes + 1);
        } catch (IOException e) {
            return RawRecord.problem(file, 1, null, QuarantineReason.UNREADABLE_FILE.code(),
                    "file cannot be read (" + e.getMessage() + ")");
        }
        String lossy = new String(bytes, StandardCharsets.UTF_8);
        if (bytes.length > maxRecordBytes) {
            return RawRecord.problem(file, 1, RawText.preview(lossy), QuarantineReason.OVERSIZED.code(),
                    "document is over the limit of " + maxRecordBytes + " bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
            return text.isBlank() ? null : RawRecord.json(file, 1, text);
        } catch (CharacterCodingException e) {
            return RawRecord.problem(file, 1, RawText.preview(lossy),
                    QuarantineReason.BAD_ENCODING.code(), "document is not valid UTF-8");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
