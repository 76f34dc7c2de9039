package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.unix_seconds;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Helpers shared by the spread metrics: column checks, the analysed posts, hour arithmetic. */
final class SpreadColumns {
    /** The channel value of the hourly rows that total all channels. */
    static final String ALL_CHANNELS = "all";
    private static final double MICROS_PER_HOUR = 3_600_000_000.0;
    private static final long SECONDS_PER_HOUR = 3_600L;

    private SpreadColumns() {
    }

    /**
     * The posts the spread metrics analyse: those linked to an incident. A post without
     * published_at (required by the data contract, so only in hand-built data) is ignored too.
     */
    static Dataset<Row> analysed(Dataset<Row> posts) {
        return posts.where(col("incident_id").isNotNull().and(col("published_at").isNotNull()));
    }

    /** {@code hour} plus {@code hours} whole hours (3 600 s each, whatever the zone does). */
    static Column plusHours(Column hour, Column hours) {
        return timestamp_seconds(unix_seconds(hour).plus(hours.multiply(SECONDS_PER_HOUR)));
    }
}
