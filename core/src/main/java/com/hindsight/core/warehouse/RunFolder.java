package com.hindsight.core.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder of one run of a stage, staged or published: where its tables and files are. Paths
 * inside it are relative ({@code "metrics/portfolio.json"}).
 */
public class RunFolder {
    private final WarehouseFiles files;
    private final Stage stage;
    private final String runId;
    private final String folder;

    RunFolder(WarehouseFiles files, Stage stage, String runId, String folder) {
        this.files = files;
        this.stage = stage;
        this.runId = runId;
        this.folder = folder;
    }

    public Stage stage() {
        return stage;
    }

    public String runId() {
        return runId;
    }

    WarehouseFiles files() {
        return files;
    }

    /** The folder relative to the warehouse root. */
    String relative() {
        return folder;
    }

    String relative(String child) {
        return child.isEmpty() ? folder : folder + "/" + child;
    }

    /** The run's folder as Spark takes it (a local path or a URI). */
    public String location() {
        return files.location(folder);
    }

    /** A table or file of this run as Spark takes it: {@code location("posts")}. */
    public String location(String child) {
        return files.location(relative(child));
    }

    /** The run's folder for people: a path for a local warehouse, else the URI. */
    public String display() {
        return files.display(folder);
    }

    /** A file or folder of this run for people: {@code display("metrics")}. */
    public String display(String child) {
        return files.display(relative(child));
    }

    /**
     * A folder of this run as a local path, for writers and readers that need one (Lucene).
     *
     * @throws IllegalStateException when the warehouse is not local: callers check
     *                               {@link Warehouse#requireLocal} first
     */
    public Path localPath(String child) {
        return files.localPath(relative(child)).orElseThrow(() -> new IllegalStateException(
                "run folder " + display() + " is not on the local file system"));
    }

    /** A file of this run; an error naming the file when it cannot be read. */
    public byte[] read(String child) throws IOException {
        return files.read(relative(child));
    }

    /**
     * A text file of this run (UTF-8); empty when it cannot be read, as when the run was written
     * by a version that did not write it.
     */
    public Optional<String> readText(String child) {
        try {
            return Optional.of(new String(read(child), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The files in a folder of this run, sorted by name. */
    public List<String> files(String child) {
        try {
            return files.files(relative(child));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files.display(relative(child)), e);
        }
    }

    @Override
    public String toString() {
        return stage.key() + " run " + runId;
    }
}
