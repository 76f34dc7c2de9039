package com.hindsight.jobs.read;

import com.hindsight.model.SourceTable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One file of an archive to read: which table it feeds, where it is (a Hadoop path URI, so local
 * and HDFS/S3 archives work the same), the name shown in messages (relative to the archive), its
 * format and its size on disk in bytes (compressed for .gz; used to share files out to tasks).
 */
public record SourceFile(SourceTable table, String uri, String displayName, SourceFormat format,
                         long sizeBytes)
        implements Serializable {
    public SourceFile {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes is negative: " + sizeBytes);
        }
        Objects.requireNonNull(table, "table is null");
        Objects.requireNonNull(uri, "uri is null");
        Objects.requireNonNull(displayName, "displayName is null");
        Objects.requireNonNull(format, "format is null");
    }

    public boolean isGzip() {
        return uri.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }
}
