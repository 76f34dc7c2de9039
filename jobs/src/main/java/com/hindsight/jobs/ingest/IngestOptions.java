package com.hindsight.jobs.ingest;

import com.hindsight.model.TimestampFormats;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The settings of an ingest run. Built once by the command line (flags, then config file, then
 * these defaults) and passed in; nothing inside the job reads system properties.
 *
 * @param timeZone         the zone of timestamps written without an offset
 * @param maxRecordBytes   a longer record is quarantined as oversized
 * @param linkLead         how long before an incident opened a post may still belong to it
 * @param linkTail         how long after it closed a post may still belong to it
 * @param openIncidentSpan how long an incident without closed_at is taken to last
 * @param keepRuns         how many published runs to keep in the warehouse
 */
public record IngestOptions(ZoneId timeZone, int maxRecordBytes, Duration linkLead,
                            Duration linkTail, Duration openIncidentSpan, int keepRuns) {
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_000_000;

    public IngestOptions {
        Objects.requireNonNull(timeZone, "timeZone is null");
        Objects.requireNonNull(linkLead, "linkLead is null");
        Objects.requireNonNull(linkTail, "linkTail is null");
        Objects.requireNonNull(openIncidentSpan, "openIncidentSpan is null");
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        if (linkLead.isNegative() || linkTail.isNegative() || openIncidentSpan.isNegative()) {
            throw new IllegalArgumentException("link windows must not be negative");
        }
        if (keepRuns < 1) {
            throw new IllegalArgumentException("keepRuns must be at least 1: " + keepRuns);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(ZoneId.of(TimestampFormats.DEFAULT_ZONE), DEFAULT_MAX_RECORD_BYTES,
                Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 3);
    }
}
