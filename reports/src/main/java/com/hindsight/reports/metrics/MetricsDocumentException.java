package com.hindsight.reports.metrics;

/**
 * A metrics document that cannot be reported on: unreadable, not JSON, of another schema version,
 * or with a key missing or of the wrong type. The message names the file and the key.
 */
public final class MetricsDocumentException extends RuntimeException {
    private final String file;

    public MetricsDocumentException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public MetricsDocumentException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The document's name, e.g. {@code metrics/INC-2024-001.json}. */
    public String file() {
        return file;
    }
}
