package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import com.hindsight.jobs.warehouse.ParquetFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Parquet files of a previous run's table that an incremental ingest takes over as they are,
 * and those it reads and writes again.
 *
 * <p>A night's new posts touch few of the table's rows, so most of its files hold no row that
 * changes: no key the night touches and no record of a file that changed or left the archive.
 * Such a file is carried into the new run unread: hard-linked on a local file system (a published
 * run's files are never changed, so the link cannot see a later write), copied elsewhere. The
 * other files are rewritten with the night's merged rows, and so are the small files earlier
 * nights left, so the table does not grow by a handful of files every night: a file under
 * {@link #SMALL_FILE_BYTES} is merged into the night's output until it is big enough to stay.
 * The rows of the new table are the same as when every file is rewritten.
 */
final class CarriedFiles {
    /** Files smaller than this are rewritten with the night's rows (compacted), never carried. */
    static final long SMALL_FILE_BYTES = 16L << 20;
    /** How many rows the rewritten part writes per file, at most (about 40 bytes a post). */
    static final long ROWS_PER_FILE = 2_000_000L;
    private static final String FILE_NAME = "_carried_file_name";

    private final SparkSession spark;
    private final String location;
    private final List<FileStatus> carried;
    private final List<FileStatus> rewritten;

    private CarriedFiles(SparkSession spark, String location, List<FileStatus> carried,
                         List<FileStatus> rewritten) {
        this.spark = spark;
        this.location = location;
        this.carried = List.copyOf(carried);
        this.rewritten = List.copyOf(rewritten);
    }

    /**
     * Sorts the files of the table at {@code location} into carried and rewritten.
     *
     * @param touched     the keys whose rows change (one column per key field)
     * @param changed     true for a row that must go whatever its key (from a dropped file)
     * @param keyFields   the table's key columns
     * @param smallFileBytes files under this size are rewritten ({@link #SMALL_FILE_BYTES})
     */
    static CarriedFiles of(SparkSession spark, String location, Dataset<Row> touched,
                           Column changed, List<String> keyFields, long smallFileBytes) {
        List<FileStatus> files = parquetFiles(spark, location);
        Set<String> affected = new HashSet<>();
        if (!files.isEmpty()) {
            Dataset<Row> rows = spark.read().parquet(location);
            Column fileName = org.apache.spark.sql.functions.element_at(
                    org.apache.spark.sql.functions.split(col("_metadata.file_path"), "/"), -1);
            List<Column> keys = new ArrayList<>(keyFields.stream().map(k -> col(k)).toList());
            keys.add(fileName.as(FILE_NAME));
            Dataset<Row> byKey = rows.select(keys.toArray(Column[]::new))
                    .join(touched, CollectionConverters.asScala(keyFields).toSeq(), "left_semi")
                    .select(FILE_NAME);
            Dataset<Row> byFile = rows.filter(changed).select(fileName.as(FILE_NAME));
            for (Row row : byKey.union(byFile).distinct().collectAsList()) {
                affected.add(row.getString(0));
            }
        }
        List<FileStatus> carried = new ArrayList<>();
        List<FileStatus> rewritten = new ArrayList<>();
        for (FileStatus file : files) {
            boolean keep = !affected.contains(file.getPath().getName())
                    && file.getLen() >= smallFileBytes;
            (keep ? carried : rewritten).add(file);
        }
        return new CarriedFiles(spark, location, carried, rewritten);
    }

    /** Every file of the table is carried over (nothing in it changes, and nothing is added). */
    static CarriedFiles all(SparkSession spark, String location) {
        return new CarriedFiles(spark, location, parquetFiles(spark, location), List.of());
    }

    /** Whether the table at {@code location} has a Parquet file (Spark can read its schema). */
    static boolean hasFiles(SparkSession spark, String location) {
        Path folder = new Path(location);
        try {
            return folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(folder)
                    && !parquetFiles(spark, location).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + location, e);
        }
    }

    /** Every file of the table is rewritten (the rows change, as when the register's rules did). */
    static CarriedFiles none(SparkSession spark, String location) {
        return new CarriedFiles(spark, location, List.of(), parquetFiles(spark, location));
    }

    /** The rows of the files that are rewritten, in the table's schema. */
    Dataset<Row> rewrittenRows() {
        Dataset<Row> table = spark.read().parquet(location);
        if (rewritten.isEmpty()) {
            return table.limit(0);
        }
        return spark.read().schema(table.schema()).parquet(rewritten.stream()
                .map(file -> file.getPath().toString()).toArray(String[]::new));
    }

    /** Files for the rewritten part: about {@link #ROWS_PER_FILE} rows each, at least one. */
    int filesFor(long newRows) {
        long rows = newRows + (rewritten.isEmpty() ? 0 : rewrittenRows().count());
        return (int) Math.max(1, Math.min(1_000, (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
    }

    int carriedCount() {
        return carried.size();
    }

    int rewrittenCount() {
        return rewritten.size();
    }

    /** Puts the carried files into the table just written at {@code target}, under their names. */
    void addTo(String target) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path folder = new Path(target);
        try {
            FileSystem fs = folder.getFileSystem(conf);
            if (!carried.isEmpty() && !fs.mkdirs(folder)) {
                throw new IOException("cannot create " + folder);
            }
            for (FileStatus file : carried) {
                Path to = new Path(folder, file.getPath().getName());
                if (fs.exists(to)) {
                    throw new IOException(to + " exists already");
                }
                if (fs instanceof LocalFileSystem local && link(local, file.getPath(), to)) {
                    continue;
                }
                FileSystem from = file.getPath().getFileSystem(conf);
                if (!FileUtil.copy(from, file.getPath(), fs, to, false, conf)) {
                    throw new IOException("cannot copy " + file.getPath() + " to " + to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry the unchanged files of " + location
                    + " into " + target, e);
        }
    }

    /**
     * A hard link of the file and of its checksum file where there is one; false where the file
     * system has no links (the caller copies instead).
     */
    private static boolean link(LocalFileSystem fs, Path from, Path to) {
        try {
            Files.createLink(fs.pathToFile(to).toPath(), fs.pathToFile(from).toPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        java.nio.file.Path checksum = fs.pathToFile(fs.getChecksumFile(from)).toPath();
        if (Files.exists(checksum)) {
            try {
                Files.createLink(fs.pathToFile(fs.getChecksumFile(to)).toPath(), checksum);
            } catch (IOException | UnsupportedOperationException e) {
                // the checksum is optional: without it the file is read unchecked
            }
        }
        return true;
    }

    private static List<FileStatus> parquetFiles(SparkSession spark, String location) {
        return ParquetFiles.of(spark.sparkContext().hadoopConfiguration(), location);
    }
}
