package com.hindsight.jobs.analyze;

import com.hindsight.core.metrics.Milestone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The response targets this analyze run judged milestones against, as a table for the portfolio
 * document ({@code response_targets}): reports read the targets from the data they report on,
 * not from analyze's defaults.
 */
final class ResponseTargets {
    static final StructType SCHEMA = new StructType()
            .add("milestone", DataTypes.StringType, false)
            .add("target_hours", DataTypes.DoubleType, false);

    private ResponseTargets() {
    }

    /** One row per milestone that has a target, in process order. */
    static Dataset<Row> of(SparkSession spark, AnalyzeOptions options) {
        List<Row> rows = new ArrayList<>();
        Map<Milestone, Duration> targets = options.responseTargets();
        for (Milestone milestone : Milestone.values()) {
            Duration target = targets.get(milestone);
            if (target != null) {
                rows.add(RowFactory.create(milestone.key(), target.toSeconds() / 3600.0));
            }
        }
        return spark.createDataFrame(rows, SCHEMA);
    }
}
