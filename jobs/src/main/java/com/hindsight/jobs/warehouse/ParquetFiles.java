package com.hindsight.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The data files of a Parquet table folder as Spark writes it: {@code part-*.parquet}, without
 * the hidden checksum files and the {@code _SUCCESS} marker. An incremental run carries a file
 * over under its name, and a name is unique to the write that made it, so the names say which
 * files two runs share.
 */
public final class ParquetFiles {
    private ParquetFiles() {
    }

    /** Whether a file name is one of a table's data files. */
    public static boolean isDataFile(String name) {
        return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_");
    }

    /** The data files in the table folder at {@code location}, in the order the file system lists them. */
    public static List<FileStatus> of(Configuration conf, String location) {
        Path folder = new Path(location);
        try {
            FileSystem fs = folder.getFileSystem(conf);
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus file : fs.listStatus(folder)) {
                if (file.isFile() && isDataFile(file.getPath().getName())) {
                    files.add(file);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + location, e);
        }
    }
}
