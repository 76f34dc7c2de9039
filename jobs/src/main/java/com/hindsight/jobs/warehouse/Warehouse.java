package com.hindsight.jobs.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A warehouse folder (local, HDFS or any Hadoop file system): where each stage's published run
 * is, and how a new run is staged and published atomically. See the package documentation.
 */
public final class Warehouse {
    static final String STAGING = "_staging";
    static final String POINTER = "CURRENT";
    private static final DateTimeFormatter RUN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path root;
    private final Configuration conf;
    private final FileSystem fs;
    private final Clock clock;

    public Warehouse(String uri, Configuration conf) {
        this(uri, conf, Clock.systemUTC());
    }

    Warehouse(String uri, Configuration conf, Clock clock) {
        try {
            Path path = new Path(uri);
            this.fs = path.getFileSystem(conf);
            this.root = fs.makeQualified(path);
            this.conf = conf;
            this.clock = clock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open warehouse " + uri, e);
        }
    }

    public String uri() {
        return root.toString();
    }

    /** The folder of the published run of a stage, if the stage has ever published. */
    public Optional<String> currentRun(String stage) {
        Path pointer = new Path(new Path(root, stage), POINTER);
        try {
            if (!fs.exists(pointer)) {
                return Optional.empty();
            }
            try (var in = fs.open(pointer)) {
                String run = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                return Optional.of(new Path(new Path(root, stage), run).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** The published folder of a stage, or an error naming the stage that must run first. */
    public String requireCurrentRun(String stage) {
        return currentRun(stage).orElseThrow(() -> new IllegalStateException(
                "warehouse " + root + " has no published " + stage + " run; run `hindsight "
                        + stage + "` first"));
    }

    /**
     * Starts a run of a stage: clears what killed runs of the same stage left in staging and
     * returns an empty staging folder.
     */
    public StagedRun stage(String stage) {
        try {
            Path staging = new Path(root, STAGING);
            if (fs.exists(staging)) {
                for (FileStatus leftover : fs.listStatus(staging)) {
                    if (leftover.getPath().getName().startsWith(stage + "-")) {
                        fs.delete(leftover.getPath(), true);
                    }
                }
            }
            String run = RUN_TIME.format(clock.instant()) + "-"
                    + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
            Path folder = new Path(staging, stage + "-" + run);
            fs.mkdirs(folder);
            return new StagedRun(this, stage, run, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a " + stage + " run in " + root, e);
        }
    }

    void publish(StagedRun run, int keepRuns) throws IOException {
        Path stageFolder = new Path(root, run.stage());
        fs.mkdirs(stageFolder);
        Path published = new Path(stageFolder, run.runId());
        if (!fs.rename(run.folder(), published)) {
            throw new IOException("cannot move " + run.folder() + " to " + published);
        }
        Path pointer = new Path(stageFolder, POINTER);
        Path temporary = new Path(stageFolder, "." + POINTER + "." + run.runId());
        try (FSDataOutputStream out = plainFileSystem().create(temporary, true)) {
            out.write((run.runId() + "\n").getBytes(StandardCharsets.UTF_8));
            out.hsync();
        }
        // an overwriting rename is atomic on local disks and HDFS
        FileContext.getFileContext(root.toUri(), conf)
                .rename(temporary, pointer, Options.Rename.OVERWRITE);
        prune(stageFolder, run.runId(), keepRuns);
    }

    void abandon(StagedRun run) {
        try {
            fs.delete(run.folder(), true);
        } catch (IOException ignored) {
            // the next run of the stage clears staging anyway
        }
    }

    /** Deletes published runs beyond the newest {@code keep}; never the current one. */
    private void prune(Path stageFolder, String current, int keep) throws IOException {
        List<FileStatus> runs = new ArrayList<>(Arrays.asList(fs.listStatus(stageFolder,
                p -> !p.getName().startsWith(".") && !p.getName().equals(POINTER))));
        runs.sort(Comparator.comparing((FileStatus s) -> s.getPath().getName()).reversed());
        for (int i = keep; i < runs.size(); i++) {
            if (!runs.get(i).getPath().getName().equals(current)) {
                fs.delete(runs.get(i).getPath(), true);
            }
        }
    }

    /** Whether the warehouse is on this machine's file system, where Lucene can write. */
    public boolean isLocal() {
        return "file".equals(root.toUri().getScheme());
    }

    /**
     * Fails unless the warehouse is on the local file system, for stages that need one (Lucene
     * writes and reads its index through local files).
     *
     * @param needs who needs it, for the message: "the search index"
     * @throws IllegalArgumentException naming the warehouse, its file system and the limit
     */
    public void requireLocal(String needs) {
        if (!isLocal()) {
            throw new IllegalArgumentException(String.format("warehouse %s is on the file system"
                    + " \"%s\"; %s needs a local warehouse (a path on this machine)", root,
                    root.toUri().getScheme(), needs));
        }
    }

    /**
     * A folder of this warehouse (as {@link #currentRun} returns it) as a local path.
     *
     * @throws IllegalArgumentException when the warehouse is not on the local file system
     */
    public java.nio.file.Path localPath(String folder) {
        requireLocal("reading " + folder + " as a local folder");
        return java.nio.file.Path.of(new Path(folder).toUri());
    }

    /**
     * The file system for the small files the warehouse writes itself (summaries, documents,
     * the pointer): on a local disk without Hadoop's ".crc" side files, which would otherwise sit
     * beside every JSON document a user opens.
     */
    FileSystem plainFileSystem() {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }
}
