package com.hindsight.jobs.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;

/**
 * Starts a staged index from a published one: every file of the published Lucene folder into
 * the staged folder, as a hard link where the file system allows it, else as a copy. Linking is
 * safe because Lucene never changes a file once written (a commit writes new files and unlinks
 * old ones), so the published index is never touched; the write lock is not carried over.
 */
final class LuceneFolders {
    private LuceneFolders() {
    }

    /** @return how many files were copied rather than linked */
    static int linkOrCopy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            int copied = 0;
            for (Path file : files(from)) {
                Path target = to.resolve(file.getFileName().toString());
                try {
                    Files.createLink(target, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target);
                    copied++;
                }
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the case index " + from + " to " + to, e);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
                    .sorted().toList();
        }
    }
}
