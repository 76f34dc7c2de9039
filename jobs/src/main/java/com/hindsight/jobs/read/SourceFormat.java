package com.hindsight.jobs.read;

import java.util.Locale;
import java.util.Optional;

/** How a file of an archive is read, decided by its name. */
public enum SourceFormat {
    /** One JSON object per line (.jsonl, .ndjson, optionally .gz). */
    JSON_LINES,
    /** One JSON object per file, possibly pretty-printed over many lines (.json, optionally .gz). */
    JSON_DOCUMENT,
    /** UTF-8 CSV with a header row, RFC 4180 quoting (.csv, optionally .gz). */
    CSV,
    /** An Excel export: first sheet, header in the first row (.xlsx). */
    XLSX;

    /** The format of a file name, or empty when the archive does not read such files. */
    public static Optional<SourceFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON_DOCUMENT);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx") && !fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    public boolean isJson() {
        return this == JSON_LINES || this == JSON_DOCUMENT;
    }
}
