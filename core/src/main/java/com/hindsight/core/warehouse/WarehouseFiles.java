package com.hindsight.core.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file operations a {@link Warehouse} needs, on paths relative to the warehouse's root
 * ({@code "ingest/CURRENT"}, {@code ""} for the root itself, "/" between names). {@link LocalFiles}
 * serves a folder on this machine without Hadoop; the jobs module serves HDFS and other Hadoop
 * file systems. Implementations must be safe for concurrent use.
 */
public interface WarehouseFiles {
    /** Where a path is, as Spark and Hadoop take it: an absolute local path or a URI. */
    String location(String relative);

    /** Where a path is, for people: an absolute path for a local warehouse, else the URI. */
    String display(String relative);

    /** The local path, or empty when the warehouse is not on this machine's file system. */
    Optional<Path> localPath(String relative);

    boolean exists(String relative) throws IOException;

    byte[] read(String relative) throws IOException;

    /** Writes a small file, creating its folders and replacing an existing file. */
    void write(String relative, byte[] content) throws IOException;

    /**
     * Replaces the file {@code relative} by {@code content} atomically: a reader sees the old
     * content or the new, never a part. The content is on disk when this returns.
     */
    void replaceAtomically(String relative, byte[] content) throws IOException;

    /**
     * Creates a small file only if nothing is at {@code relative} yet, atomically: of two callers
     * racing, one gets true and the other false. Creates the folders above it.
     */
    boolean createExclusively(String relative, byte[] content) throws IOException;

    /** The names of the files directly in a folder, sorted; empty when the folder is absent. */
    List<String> files(String relative) throws IOException;

    /** The names of the folders directly in a folder, sorted; empty when the folder is absent. */
    List<String> folders(String relative) throws IOException;

    void makeFolders(String relative) throws IOException;

    /**
     * Renames a file or folder (atomically where the file system can); the target must not
     * exist, and a source that is gone is an IOException.
     */
    void move(String from, String to) throws IOException;

    /** Deletes a file or a folder with everything in it; nothing happens when it is absent. */
    void delete(String relative) throws IOException;
}
