package com.hindsight.jobs.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads files into a Dataset of raw records ({@link RawRecord#SCHEMA}). A file is read whole by
 * one Spark task; small files are packed together into tasks of about {@link #TASK_BYTES}, so an
 * archive of hundreds of small review files does not start hundreds of tasks. Each file is opened
 * on its own, so a corrupt file still only affects its own records.
 */
public final class RawRecords {
    /** Files are packed into one task until together they reach this many bytes on disk. */
    static final long TASK_BYTES = 32L << 20;

    private RawRecords() {
    }

    public static Dataset<Row> read(SparkSession spark, List<SourceFile> files, int maxRecordBytes) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        SourceFileReader reader = new SourceFileReader(maxRecordBytes);
        List<ArrayList<SourceFile>> tasks = packIntoTasks(files, TASK_BYTES);
        JavaRDD<Row> rows = context.parallelize(tasks, Math.max(1, tasks.size()))
                .flatMap(group -> readAll(reader, group));
        return spark.createDataFrame(rows, RawRecord.SCHEMA);
    }

    /**
     * Consecutive files, in the given order, grouped until a group reaches {@code taskBytes}; a
     * file of that size or more is a group of its own. Deterministic, so a rerun reads the same
     * records in the same tasks.
     */
    static List<ArrayList<SourceFile>> packIntoTasks(List<SourceFile> files, long taskBytes) {
        List<ArrayList<SourceFile>> tasks = new ArrayList<>();
        ArrayList<SourceFile> current = new ArrayList<>();
        long bytes = 0;
        for (SourceFile file : files) {
            if (!current.isEmpty() && bytes + file.sizeBytes() > taskBytes) {
                tasks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(file);
            bytes += file.sizeBytes();
        }
        if (!current.isEmpty()) {
            tasks.add(current);
        }
        return tasks;
    }

    /** The records of every file of a task, one file after the other, each opened when reached. */
    private static Iterator<Row> readAll(SourceFileReader reader, List<SourceFile> group) {
        Iterator<SourceFile> files = group.iterator();
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = reader.read(files.next());
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
