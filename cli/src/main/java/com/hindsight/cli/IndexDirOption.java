package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --index-dir DIR}: the local folder where index runs are published, for the commands that
 * write or read the search index (index, nightly, search, similar, serve). The one place of the
 * rule: by default the index is kept inside the warehouse, as always, when the warehouse is a
 * local folder; a warehouse on another file system (hdfs://, s3a://) needs one, because Lucene
 * writes and reads local files. Opens without Hadoop, so search stays fast to start.
 */
final class IndexDirOption {
    @Option(names = "--index-dir", paramLabel = "DIR",
            description = "Local folder where the search index is published (index/CURRENT,"
                    + " index/<run>/); default: inside the warehouse. Required when the warehouse"
                    + " is not a local folder (hdfs://, s3a://).")
    Path indexDir;

    /** The folder the index is published in and read from, given where the warehouse is. */
    Warehouse open(String warehouseLocation) {
        return separate(warehouseLocation).orElseGet(() -> Warehouse.local(localWarehouse(
                warehouseLocation)));
    }

    /**
     * The index folder when it is not the warehouse's own folder (--index-dir given and another
     * folder), which then has its own lock; empty when the index is kept inside the warehouse.
     */
    Optional<Warehouse> separate(String warehouseLocation) {
        if (indexDir == null) {
            localWarehouse(warehouseLocation); // refuses a warehouse on another file system
            return Optional.empty();
        }
        Path folder = indexDir.toAbsolutePath().normalize();
        Optional<Path> warehouse = LocalFiles.pathOf(warehouseLocation)
                .map(path -> path.toAbsolutePath().normalize());
        if (warehouse.isPresent() && warehouse.get().equals(folder)) {
            return Optional.empty();
        }
        return Optional.of(Warehouse.indexFolder(folder));
    }

    /**
     * Fails unless the index folder can be made and written: it, or the nearest folder above it
     * that exists, must be a writable folder. Checked before Spark starts and before anything is
     * written, so a mistyped path fails in a second.
     */
    void requireWritable(String warehouseLocation) {
        Path folder = Path.of(open(warehouseLocation).root());
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String what = indexDir == null ? "warehouse " + folder : "index folder " + folder
                + " (--index-dir)";
        if (existing == null || !Files.isDirectory(existing)) {
            throw new UserErrorException(what + " cannot be made: " + existing
                    + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new UserErrorException(what + " is not writable: " + existing
                    + " is read-only for this user");
        }
    }

    private Path localWarehouse(String warehouseLocation) {
        return LocalFiles.pathOf(warehouseLocation).orElseThrow(() -> new UserErrorException(
                "warehouse " + warehouseLocation + " is not a folder on this machine, and the"
                        + " search index (Lucene) is kept in a local folder: give --index-dir DIR"
                        + " (a local folder for the index runs, see docs/operations.md)"));
    }
}
