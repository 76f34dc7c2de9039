package com.hindsight.jobs.read;

import com.hindsight.model.QuarantineReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Opens one archive file inside a Spark task and streams its raw records. The only class of the
 * read step that touches the file system; it works for any Hadoop file system (local, HDFS, S3).
 */
public final class SourceFileReader implements Serializable {
    private final int maxRecordBytes;

    public SourceFileReader(int maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    public Iterator<Row> read(SourceFile file) {
        InputStream in;
        try {
            in = open(file);
        } catch (IOException e) {
            return Collections.singletonList(RawRecord.problem(file.displayName(), 1, null,
                    QuarantineReason.UNREADABLE_FILE.code(),
                    "file cannot be opened (" + e.getMessage() + ")")).iterator();
        }
        String name = file.displayName();
        return switch (file.format()) {
            case JSON_LINES -> new JsonLinesReader(in, name, maxRecordBytes);
            case JSON_DOCUMENT -> new JsonDocumentReader(in, name, maxRecordBytes);
            case CSV -> new CsvReader(in, name, maxRecordBytes);
            case XLSX -> new XlsxReader(in, name);
        };
    }

    private static InputStream open(SourceFile file) throws IOException {
        Path path = new Path(file.uri());
        FileSystem fs = path.getFileSystem(new Configuration());
        InputStream raw = new BufferedInputStream(fs.open(path), 1 << 16);
        return file.isGzip() ? new GZIPInputStream(raw, 1 << 16) : raw;
    }
}
