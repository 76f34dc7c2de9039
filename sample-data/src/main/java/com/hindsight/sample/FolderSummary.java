package com.hindsight.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the generator wrote into one folder of the archive.
 *
 * @param folder     the folder name, e.g. "media"
 * @param records    distinct valid records: what ingest should accept after removing duplicates
 * @param duplicates extra copies of records already counted (same key, later version)
 * @param malformed  bad records written on purpose, by kind (empty without --malformed)
 * @param files      files written into the folder
 */
public record FolderSummary(String folder, long records, long duplicates, Map<MalformedKind, Long> malformed,
                            int files) {

    public FolderSummary {
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(malformed, "malformed is null");
        if (records < 0 || duplicates < 0 || files < 0) {
            throw new IllegalArgumentException("negative count in " + folder);
        }
        EnumMap<MalformedKind, Long> copy = new EnumMap<>(MalformedKind.class);
        copy.putAll(malformed);
        malformed = Collections.unmodifiableMap(copy);
    }

    /** All malformed records of the folder. */
    public long malformedTotal() {
        return malformed.values().stream().mapToLong(Long::longValue).sum();
    }
}
