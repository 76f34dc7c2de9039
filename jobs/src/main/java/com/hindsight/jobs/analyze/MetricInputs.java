package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_micros;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Checks and time arithmetic every metric uses on its inputs. */
public final class MetricInputs {
    private static final double MICROS_PER_HOUR = 3_600_000_000.0;

    private MetricInputs() {
    }

    /**
     * Fails before any work when {@code data} lacks one of {@code names}, naming the metric, the
     * input and every missing column.
     */
    public static void require(String metric, String input, Dataset<Row> data, String... names) {
        List<String> present = Arrays.asList(data.columns());
        List<String> missing = Arrays.stream(names).filter(n -> !present.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    "%s: %s lacks column(s) %s (it has %s); pass the Dataset described in "
                            + "docs/metrics.md", metric, input, String.join(", ", missing),
                    String.join(", ", present)));
        }
    }

    /** {@code to − from} in hours, exact to the microsecond; null when either is null. */
    public static Column hoursBetween(Column from, Column to) {
        return unix_micros(to).minus(unix_micros(from)).divide(lit(MICROS_PER_HOUR));
    }

    /** A duration in hours, as a double. */
    public static double hours(Duration duration) {
        return duration.toNanos() / 3_600_000_000_000.0;
    }
}
