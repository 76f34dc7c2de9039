package com.hindsight.jobs.read;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads files into a Dataset of raw records ({@link RawRecord#SCHEMA}), one Spark task per file,
 * so a corrupt file only ever affects its own task's records.
 */
public final class RawRecords {
    private RawRecords() {
    }

    public static Dataset<Row> read(SparkSession spark, List<SourceFile> files, int maxRecordBytes) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SourceFileReader reader = new SourceFileReader(maxRecordBytes);
        JavaRDD<Row> rows = context.parallelize(files, Math.max(1, files.size()))
                .flatMap(reader::read);
        return spark.createDataFrame(rows, RawRecord.SCHEMA);
    }
}
