package com.hindsight.jobs.read;

import com.hindsight.core.UserErrorException;
import com.hindsight.model.SourceTable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files of an archive on the driver: for each table, every file under its folder
 * (recursively), in path order so a rerun reads them in the same order. Hidden files (".x", "_x")
 * are ignored; files of a type the archive does not read are reported as skipped, never fatal.
 */
public final class ArchiveFiles {
    private final List<SourceFile> files;
    private final List<String> skipped;
    private final List<String> missingFolders;

    private ArchiveFiles(List<SourceFile> files, List<String> skipped, List<String> missingFolders) {
        this.files = List.copyOf(files);
        this.skipped = List.copyOf(skipped);
        this.missingFolders = List.copyOf(missingFolders);
    }

    /**
     * Lists an archive folder. Throws {@link IllegalArgumentException} when the folder itself
     * does not exist or has none of the table folders (a wrong --input, not bad data).
     */
    public static ArchiveFiles list(String archiveUri, Configuration hadoopConf) {
        try {
            Path root = new Path(archiveUri);
            FileSystem fs = root.getFileSystem(hadoopConf);
            if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
                throw new UserErrorException("archive folder " + archiveUri
                        + " does not exist or is not a folder");
            }
            Path qualifiedRoot = fs.makeQualified(root);
            List<SourceFile> files = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (SourceTable table : SourceTable.values()) {
                Path folder = new Path(qualifiedRoot, table.folder());
                if (!fs.exists(folder)) {
                    if (!table.isOptionalFolder()) {
                        missing.add(table.folder());
                    }
                    continue;
                }
                for (FileStatus status : listRecursively(fs, folder)) {
                    String display = relative(qualifiedRoot, status.getPath());
                    var format = SourceFormat.of(status.getPath().getName());
                    if (format.isPresent()) {
                        files.add(new SourceFile(table, status.getPath().toString(), display,
                                format.get(), status.getLen()));
                    } else {
                        skipped.add(display);
                    }
                }
            }
            if (files.isEmpty() && skipped.isEmpty() && missing.size() == Arrays.stream(
                    SourceTable.values()).filter(table -> !table.isOptionalFolder()).count()) {
                throw new UserErrorException("archive folder " + archiveUri
                        + " has none of the folders media/, complaints/, incidents/, actions/,"
                        + " reviews/");
            }
            return new ArchiveFiles(files, skipped, missing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list archive " + archiveUri, e);
        }
    }

    private static List<FileStatus> listRecursively(FileSystem fs, Path folder) throws IOException {
        List<FileStatus> result = new ArrayList<>();
        try {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                if (!isHidden(folder, status.getPath())) {
                    result.add(status);
                }
            }
        } catch (FileNotFoundException e) {
            return result;
        }
        result.sort(Comparator.comparing(s -> s.getPath().toString()));
        return result;
    }

    private static boolean isHidden(Path folder, Path file) {
        for (Path p = file; p != null && !p.equals(folder); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        String rootText = root.toUri().getPath();
        String fileText = file.toUri().getPath();
        return fileText.startsWith(rootText + "/") ? fileText.substring(rootText.length() + 1)
                : fileText;
    }

    public List<SourceFile> files() {
        return files;
    }

    public List<SourceFile> filesOf(SourceTable table) {
        return files.stream().filter(f -> f.table() == table).toList();
    }

    /** Files under the table folders whose type the archive does not read. */
    public List<String> skipped() {
        return skipped;
    }

    /** Table folders the archive does not have. */
    public List<String> missingFolders() {
        return missingFolders;
    }
}
