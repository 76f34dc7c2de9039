package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    private static Row percentiles(List<Double> values, double... ps) {
        Dataset<Row> data = SparkTestSession.get().createDataset(values, Encoders.DOUBLE())
                .toDF("x");
        Dataset<Row> sorted = data.agg(Percentiles.sortedValues(col("x")).as("s"));
        List<Column> columns = new ArrayList<>();
        for (double p : ps) {
            columns.add(Percentiles.nearestRank(col("s"), p));
        }
        return sorted.select(columns.toArray(Column[]::new)).first();
    }

    @Test
    void takesTheValueAtRankCeilingOfPTimesN() {
        List<Double> oneToHundred = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            oneToHundred.add((double) i);
        }
        oneToHundred.add(null);

        Row row = percentiles(oneToHundred, 7, 50, 90, 99, 100);

        assertThat(List.of(row.getDouble(0), row.getDouble(1), row.getDouble(2), row.getDouble(3),
                row.getDouble(4))).containsExactly(7.0, 50.0, 90.0, 99.0, 100.0);
    }

    @Test
    void givesTheSmallerOfTwoValuesAsMedianAndNullForNoValues() {
        assertThat(percentiles(List.of(3.0, 1.0), 50).getDouble(0)).isEqualTo(1.0);
        assertThat(percentiles(List.of(4.0, 1.0, 3.0, 2.0), 50).getDouble(0)).isEqualTo(2.0);
        assertThat(percentiles(new ArrayList<>(java.util.Collections.singletonList(null)), 50)
                .isNullAt(0)).isTrue();
    }
}
