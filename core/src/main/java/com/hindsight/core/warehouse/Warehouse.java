package com.hindsight.core.warehouse;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A warehouse folder: where each stage's published run is, and how a new run is staged and
 * published atomically. Opened once per command and passed to every stage. See the package
 * documentation for the layout.
 */
public final class Warehouse {
    static final String STAGING = "_staging";
    static final String POINTER = "CURRENT";
    static final String MODELS = "_models";
    static final String RUNS = "_runs";
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String WAREHOUSE = "warehouse";

    private final WarehouseFiles files;
    private final Clock clock;
    private final String kind;

    public Warehouse(WarehouseFiles files) {
        this(files, Clock.systemUTC());
    }

    public Warehouse(WarehouseFiles files, Clock clock) {
        this(files, clock, WAREHOUSE);
    }

    private Warehouse(WarehouseFiles files, Clock clock, String kind) {
        this.files = files;
        this.clock = clock;
        this.kind = kind;
    }

    /** A warehouse in a folder of this machine; the folder is created when a stage first runs. */
    public static Warehouse local(Path root) {
        return new Warehouse(new LocalFiles(root));
    }

    /**
     * An index folder: a folder of this machine, apart from the warehouse, where the index stage
     * stages and publishes its runs with the same layout, lifecycle and lock as in a warehouse
     * ({@code index/CURRENT}, {@code index/<run>/}, {@code _staging/}, {@code _lock.json}). Lucene
     * writes local files, so a warehouse on another file system keeps its index in one. Messages
     * call it an "index folder".
     */
    public static Warehouse indexFolder(Path root) {
        return new Warehouse(new LocalFiles(root), Clock.systemUTC(), "index folder");
    }

    /** For messages: {@code warehouse /data/warehouse}, {@code index folder /data/index}. */
    public String describe() {
        return kind + " " + root();
    }

    WarehouseFiles files() {
        return files;
    }

    /**
     * Takes this warehouse's lock for a command that publishes into it; close it when done.
     *
     * @throws com.hindsight.core.UserErrorException naming the holder when another run holds it
     */
    public WarehouseLock lock(String command) {
        return WarehouseLock.acquire(this, command);
    }

    /** The warehouse folder for people: a path when local, else the URI. */
    public String root() {
        return files.display("");
    }

    /** Whether the warehouse is on this machine's file system, where Lucene can write. */
    public boolean isLocal() {
        return files.localPath("").isPresent();
    }

    /**
     * Fails unless the warehouse is on the local file system, for stages that need one.
     *
     * @param needs who needs it, for the message: "the search index"
     */
    public void requireLocal(String needs) {
        if (!isLocal()) {
            throw new UserErrorException(String.format("%s is not a folder on this"
                    + " machine; %s needs a local folder (a path, not a URI)", describe(), needs));
        }
    }

    /** Fails with "folder not found" unless the warehouse folder exists: for commands that read. */
    public void requireExists() {
        if (!exists("")) {
            throw new UserErrorException(describe() + " not found (no such folder)");
        }
    }

    /** The published run of a stage, if the stage has ever published. */
    public Optional<PublishedRun> currentRun(Stage stage) {
        String pointer = stage.key() + "/" + POINTER;
        try {
            if (!files.exists(pointer)) {
                return Optional.empty();
            }
            String run = new String(files.read(pointer), StandardCharsets.UTF_8).strip();
            return Optional.of(new PublishedRun(files, stage, run, stage.key() + "/" + run));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + files.display(pointer), e);
        }
    }

    /** The published run of a stage, or a user error naming the stage that must run first. */
    public PublishedRun requireCurrentRun(Stage stage) {
        requireExists();
        return currentRun(stage).orElseThrow(() -> new UserErrorException(describe()
                + " has no published " + stage.key() + " run; run `" + stage.command() + "` first"));
    }

    /**
     * Where the stages keep what they unpack once and reuse across runs (the sentiment model), as
     * Spark takes it: {@code <warehouse>/_models}.
     */
    public String modelLocation() {
        return files.location(MODELS);
    }

    /**
     * Writes a command's run manifest as {@code <warehouse>/_runs/<name>} and deletes the oldest
     * beyond {@code keep} (names sort by time: {@code 20261202T010000Z-nightly.json}).
     *
     * @return where it was written, for people
     */
    public String writeRunManifest(String name, byte[] json, int keep) {
        try {
            files.write(RUNS + "/" + name, json);
            List<String> manifests = new ArrayList<>(files.files(RUNS));
            manifests.sort(Comparator.reverseOrder());
            for (int i = keep; i < manifests.size(); i++) {
                files.delete(RUNS + "/" + manifests.get(i));
            }
            return files.display(RUNS + "/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run manifest " + name + " in "
                    + root(), e);
        }
    }

    /**
     * Starts a run of a stage: clears what killed runs of the same stage left in staging and
     * returns an empty staging folder. Stages get their run from {@link StageLifecycle}.
     */
    StagedRun stage(Stage stage) {
        try {
            for (String leftover : files.folders(STAGING)) {
                if (leftover.startsWith(stage.key() + "-")) {
                    files.delete(STAGING + "/" + leftover);
                }
            }
            String run = RUN_TIME.format(clock.instant()) + "-"
                    + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
            String folder = STAGING + "/" + stage.key() + "-" + run;
            files.makeFolders(folder);
            return new StagedRun(this, files, stage, run, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a " + stage.key() + " run in " + root(), e);
        }
    }

    PublishedRun publish(StagedRun run, int keepRuns) throws IOException {
        String stageFolder = run.stage().key();
        files.makeFolders(stageFolder);
        String published = stageFolder + "/" + run.runId();
        files.move(run.relative(), published);
        files.replaceAtomically(stageFolder + "/" + POINTER,
                (run.runId() + "\n").getBytes(StandardCharsets.UTF_8));
        prune(stageFolder, run.runId(), keepRuns);
        return new PublishedRun(files, run.stage(), run.runId(), published);
    }

    void abandon(StagedRun run) {
        try {
            files.delete(run.relative());
        } catch (IOException ignored) {
            // the next run of the stage clears staging anyway
        }
    }

    /** Deletes published runs beyond the newest {@code keep}; never the current one. */
    private void prune(String stageFolder, String current, int keep) throws IOException {
        List<String> runs = new ArrayList<>(files.folders(stageFolder));
        runs.removeIf(name -> name.startsWith("."));
        runs.sort(Comparator.reverseOrder());
        for (int i = keep; i < runs.size(); i++) {
            if (!runs.get(i).equals(current)) {
                files.delete(stageFolder + "/" + runs.get(i));
            }
        }
    }

    private boolean exists(String relative) {
        try {
            return files.exists(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for " + files.display(relative), e);
        }
    }
}
