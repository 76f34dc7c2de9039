package com.hindsight.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

/** A run of a stage being written aside; nothing is visible to readers until {@link #publish}. */
public final class StagedRun {
    private final Warehouse warehouse;
    private final String stage;
    private final String runId;
    private final Path folder;

    StagedRun(Warehouse warehouse, String stage, String runId, Path folder) {
        this.warehouse = warehouse;
        this.stage = stage;
        this.runId = runId;
        this.folder = folder;
    }

    public String stage() {
        return stage;
    }

    public String runId() {
        return runId;
    }

    Path folder() {
        return folder;
    }

    /** Where a table of this run is written while staged. */
    public String tablePath(String table) {
        return new Path(folder, table).toString();
    }

    /**
     * Where a folder of this run is written while staged, as a local path: for writers that need
     * a local file system (Lucene).
     *
     * @throws IllegalArgumentException when the warehouse is not on the local file system
     */
    public java.nio.file.Path localFolder(String name) {
        return warehouse.localPath(new Path(folder, name).toString());
    }

    /** Writes a small file (a summary) into the staged run. */
    public void writeFile(String name, byte[] content) {
        Path path = new Path(folder, name);
        try (FSDataOutputStream out = warehouse.plainFileSystem().create(path, true)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Makes the run the stage's current one, atomically, and prunes runs beyond {@code keepRuns}. */
    public void publish(int keepRuns) {
        try {
            warehouse.publish(this, keepRuns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + stage + " run " + runId, e);
        }
    }

    /** Discards the staged run (after a failure). */
    public void abandon() {
        warehouse.abandon(this);
    }
}
