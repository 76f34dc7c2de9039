package com.hindsight.jobs.index;

import static org.apache.spark.sql.functions.col;

import com.hindsight.jobs.warehouse.ParquetFiles;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table of the ingest run as one kind's rows, each naming the Parquet file it came from
 * ({@link IndexedRows#FILE}): read whole, or only some of its files (those an incremental index
 * run has not seen before).
 */
final class SourceFiles {
    private final SparkSession spark;
    private final String location;
    private final Function<Dataset<Row>, Dataset<Row>> shape;

    /**
     * @param location the table's folder
     * @param shape    the table's rows as the index reads them ({@link CaseRows})
     */
    SourceFiles(SparkSession spark, String location, Function<Dataset<Row>, Dataset<Row>> shape) {
        this.spark = spark;
        this.location = location;
        this.shape = shape;
    }

    /** Every row of the table. */
    Dataset<Row> rows() {
        return shape.apply(withFile(spark.read().parquet(location)));
    }

    /** The rows of the named files of the table only (none when the list is empty). */
    Dataset<Row> rows(List<String> fileNames) {
        if (fileNames.isEmpty()) {
            return rows().limit(0);
        }
        Dataset<Row> table = spark.read().parquet(location);
        String[] paths = fileNames.stream().map(name -> location + "/" + name)
                .toArray(String[]::new);
        return shape.apply(withFile(spark.read().schema(table.schema()).parquet(paths)));
    }

    /** The names of the table's Parquet files. */
    List<String> names() {
        return ParquetFiles.of(spark.sparkContext().hadoopConfiguration(), location).stream()
                .map(file -> file.getPath().getName()).toList();
    }

    private static Dataset<Row> withFile(Dataset<Row> table) {
        return table.withColumn(IndexedRows.FILE, col("_metadata.file_name"));
    }
}
