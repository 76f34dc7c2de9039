package com.hindsight.model;

import java.util.List;

/**
 * The timestamp forms every TIMESTAMP field accepts. A value without an offset is a local time in
 * the configured zone (default {@link #DEFAULT_ZONE}). All are stored as UTC instants.
 */
public final class TimestampFormats {
    private TimestampFormats() {
    }

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    /** Human-readable list, used in error messages and docs. */
    public static final List<String> ACCEPTED = List.of(
            "ISO-8601 with offset (2024-03-05T09:30:00+08:00, 2024-03-05T01:30:00Z)",
            "ISO-8601 local date-time in the configured zone (2024-03-05T09:30:00)",
            "yyyy-MM-dd HH:mm:ss in the configured zone (2024-03-05 09:30:00)",
            "epoch seconds (1709602200) or epoch milliseconds (1709602200000)");

    public static final String EXPECTED = "expected ISO-8601, yyyy-MM-dd HH:mm:ss or epoch seconds/millis";
}
