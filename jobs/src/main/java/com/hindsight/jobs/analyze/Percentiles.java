package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The one percentile definition of Hindsight: nearest rank. The p-th percentile of n sorted
 * values is the value at rank ceil(p/100 * n) (1-based); it is always one of the observed values
 * and needs no interpolation. p50 of [1, 2, 3, 4] is 2; p90 of 1..10 is 9; p99 of 1..10 is 10.
 * Null values are ignored; an empty group gives null.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The sorted non-null values of a group, to share between several percentiles. */
    public static Column sortedValues(Column value) {
        return sort_array(collect_list(value));
    }

    /** The nearest-rank percentile of {@code sorted} (from {@link #sortedValues}), 0 < p <= 100. */
    public static Column nearestRank(Column sorted, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        // p * n first, then / 100: exact whenever the rank is a whole number (0.07 * 100 is not)
        Column rank = ceil(lit(p).multiply(size(sorted)).divide(100)).cast("int");
        return when(size(sorted).gt(0), element_at(sorted, rank));
    }

    /** The same definition for a plain sorted array of doubles (the driver side, tests, docs). */
    public static double nearestRank(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length / 100.0);
        return sorted[Math.max(rank, 1) - 1];
    }
}
