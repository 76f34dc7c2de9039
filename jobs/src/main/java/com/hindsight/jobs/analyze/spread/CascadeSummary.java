package com.hindsight.jobs.analyze.spread;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bin;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.analyze.MetricInputs;
import com.hindsight.jobs.analyze.Percentiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * One row per incident summarising its {@link Cascades}: how many, how large, deep and viral.
 *
 * <pre>
 * incident_id, cascades, orphan_cascades, cycle_cascades, largest_cascade, max_depth, mean_size,
 * mean_structural_virality, size_p50, size_p90, size_p99, depth_p50, depth_p90, depth_p99,
 * structural_virality_p50, structural_virality_p90, structural_virality_p99, size_histogram
 * </pre>
 *
 * <p>Percentiles are nearest rank ({@link Percentiles}). Structural virality statistics are over
 * the cascades of two or more posts (a single post has none). {@code size_histogram} is an array
 * of {@code struct<min_size long, max_size long, cascades long>} over the log2 buckets 1, 2–3,
 * 4–7, 8–15, ..., dense from bucket 1 up to the bucket of the largest cascade (empty buckets
 * have 0).
 */
public final class CascadeSummary {
    private static final String METRIC = "CascadeSummary";
    private static final double[] PERCENTILES = {50, 90, 99};

    private CascadeSummary() {
    }

    /**
     * Cost: one aggregation by incident. Sizes, depths and viralities of an incident's cascades
     * are collected into arrays for the percentiles (three numbers per cascade in one task); the
     * histogram scans the bucket array once per bucket (at most 63). Linear in the cascades.
     *
     * @param cascades the output of {@link Cascades}
     */
    public static Dataset<Row> of(Dataset<Row> cascades) {
        MetricInputs.require(METRIC, "cascades", cascades, "incident_id", "size", "depth",
                "structural_virality", "is_orphan_root", "is_cycle_root");
        // floor(log2(size)) exactly: the length of size's binary digits, minus one
        Column bucket = length(bin(col("size"))).minus(1);
        Column virality = when(col("size").geq(2), col("structural_virality"));
        Dataset<Row> collected = cascades.groupBy("incident_id").agg(
                count(lit(1)).as("cascades"),
                count(when(col("is_orphan_root"), true)).as("orphan_cascades"),
                count(when(col("is_cycle_root"), true)).as("cycle_cascades"),
                max("size").as("largest_cascade"),
                max("depth").as("max_depth"),
                avg("size").as("mean_size"),
                avg(virality).as("mean_structural_virality"),
                Percentiles.sortedValues(col("size")).as("sizes"),
                Percentiles.sortedValues(col("depth")).as("depths"),
                Percentiles.sortedValues(virality).as("viralities"),
                collect_list(bucket).as("buckets"));

        List<Column> out = new ArrayList<>(List.of(col("incident_id"), col("cascades"),
                col("orphan_cascades"), col("cycle_cascades"), col("largest_cascade"),
                col("max_depth"), col("mean_size"), col("mean_structural_virality")));
        out.addAll(percentiles("sizes", "size"));
        out.addAll(percentiles("depths", "depth"));
        out.addAll(percentiles("viralities", "structural_virality"));
        out.add(histogram(col("buckets"), col("largest_cascade")).as("size_histogram"));
        return collected.select(out.toArray(Column[]::new));
    }

    private static List<Column> percentiles(String sorted, String name) {
        List<Column> columns = new ArrayList<>();
        for (double p : PERCENTILES) {
            columns.add(Percentiles.nearestRank(col(sorted), p).as(name + "_p" + (int) p));
        }
        return columns;
    }

    /** Bucket k holds sizes 2^k .. 2^(k+1) − 1; k runs from 0 to the largest cascade's bucket. */
    private static Column histogram(Column buckets, Column largest) {
        Column lastBucket = length(bin(largest)).minus(1);
        return transform(sequence(lit(0), lastBucket), k -> struct(
                pow(lit(2), k).cast(DataTypes.LongType).as("min_size"),
                pow(lit(2), k.plus(1)).cast(DataTypes.LongType).minus(1).as("max_size"),
                size(filter(buckets, b -> b.equalTo(k))).cast(DataTypes.LongType)
                        .as("cascades")));
    }
}
