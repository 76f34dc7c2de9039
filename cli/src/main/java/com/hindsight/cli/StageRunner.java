package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageSummary;
import com.hindsight.core.warehouse.WarehouseLock;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs stage steps in order, each published on its own: checks all first, takes the warehouse's
 * lock (one writer at a time, {@link WarehouseLock}; and the index folder's when --index-dir keeps
 * the index apart), then runs each stage with
 * its Spark session started or stopped as it needs, its summary printed, its time kept. A
 * failure names the stage and what stays published; a stop by a signal (kill, Ctrl-C) says the
 * same before the JVM exits. The exit code: 3 when any stage set data aside, else 0.
 */
final class StageRunner {
    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean pipeline;
    private final Map<Stage, Double> seconds = new LinkedHashMap<>();
    private volatile Stage running;
    private volatile WarehouseLock lock;
    private volatile WarehouseLock indexLock;
    private RunManifest manifest;
    private String manifestWritten;
    private volatile boolean finished;
    private final AtomicBoolean stopReported = new AtomicBoolean();

    /** @param pipeline whether to print a heading per stage and the timings (nightly) */
    StageRunner(String command, PrintWriter out, PrintWriter err, boolean pipeline) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.pipeline = pipeline;
    }

    int run(List<? extends StageStep<?>> steps, StageContext context) {
        for (StageStep<?> step : steps) {
            step.check(context);
        }
        if (steps.get(0).stage().reads().isPresent()) {
            context.warehouse().requireExists(); // "not found", rather than made by the lock
        }
        lock = context.warehouse().lock("hindsight " + command);
        try {
            indexLock = lockIndexFolder(steps, context);
        } catch (RuntimeException busy) {
            lock.close();
            throw busy;
        }
        manifest = new RunManifest(command, Instant.now());
        Thread onSignal = new Thread(this::stoppedBySignal, "hindsight-stop-report");
        Runtime.getRuntime().addShutdownHook(onSignal);
        boolean setAside = false;
        String outcome = "fault";
        int exitCode = ExitCodes.FAULT;
        try {
            for (StageStep<?> step : steps) {
                if (!step.needsSpark()) {
                    context.stopSpark();
                }
                setAside |= runOne(step, context).summary().setAside();
            }
            outcome = setAside ? "set_aside" : "ok";
            exitCode = setAside ? ExitCodes.SET_ASIDE : ExitCodes.OK;
        } catch (StageFailedException e) {
            outcome = outcome(e);
            exitCode = outcome.equals("user_error") ? ExitCodes.USAGE : ExitCodes.FAULT;
            throw e;
        } finally {
            finished = true;
            String sparkVersion = context.sparkVersion();
            context.closeProgress();
            context.stopSpark();
            removeHook(onSignal);
            manifestWritten = writeManifest(context, outcome, exitCode, sparkVersion);
            closeLocks();
        }
        if (pipeline) {
            out.println(timings());
            if (manifestWritten != null) {
                out.println("run manifest: " + manifestWritten);
            }
        }
        out.flush();
        return exitCode;
    }

    private static String outcome(StageFailedException e) {
        if (e.stoppedBySignal()) {
            return "stopped";
        }
        return e.getCause() instanceof UserErrorException ? "user_error" : "fault";
    }

    /**
     * Best effort: a manifest that cannot be written must not hide the command's own outcome.
     *
     * @return where it was written, or null
     */
    private String writeManifest(StageContext context, String outcome, int exitCode,
                                 String sparkVersion) {
        try {
            return manifest.write(context.warehouse(), outcome, exitCode, Instant.now(),
                    sparkVersion);
        } catch (RuntimeException e) {
            err.println(command + ": could not write the run manifest: " + ErrorHandler.describe(e));
            return null;
        }
    }

    private <S extends StageSummary> Published<S> runOne(StageStep<S> step, StageContext context) {
        if (pipeline) {
            out.println("== " + step.stage().key());
            out.flush();
        }
        running = step.stage();
        long start = System.nanoTime();
        try {
            requireInput(step, context);
            context.progress().stageStarted(step.stage().key());
            Published<S> published;
            try {
                published = step.run(context);
            } finally {
                context.progress().stageEnded();
            }
            seconds.put(step.stage(), (System.nanoTime() - start) / 1e9);
            manifest.published(published, seconds.get(step.stage()));
            running = null;
            step.print(published, out);
            out.flush();
            return published;
        } catch (Exception e) {
            // Exception, not RuntimeException: Spark throws AnalysisException undeclared
            boolean stopped = jvmShuttingDown();
            if (stopped) {
                reportStop(step.stage());
            } else if (pipeline) {
                err.println(command + ": the " + step.stage().key() + " stage failed; "
                        + whatStays(step.stage()));
                err.flush();
            }
            running = null;
            StageFailedException failed = new StageFailedException(step.stage(), e, stopped);
            manifest.failed(step.stage(), outcome(failed), e);
            throw failed;
        }
    }

    /**
     * Fails with "run `hindsight <stage>` first" before Spark starts when the run a Spark stage
     * reads was never published (local warehouses; on another file system the job checks once
     * the session, which carries the cluster's settings, is up).
     */
    private static void requireInput(StageStep<?> step, StageContext context) {
        if (step.needsSpark() && context.warehouseIsLocal()) {
            step.stage().reads().ifPresent(input -> context.warehouse().requireCurrentRun(input));
        }
    }

    /** Runs in a shutdown hook: the JVM is exiting while a stage runs (SIGTERM, SIGINT). */
    private void stoppedBySignal() {
        Stage stage = running;
        if (stage != null && !finished) {
            reportStop(stage);
            closeLocks();
        }
    }

    /**
     * An index folder apart from the warehouse (--index-dir) is locked too while the index stage
     * may publish into it, so two index runs into one folder cannot collide; null when the index
     * is kept in the warehouse (its lock covers it) or no step indexes.
     */
    private WarehouseLock lockIndexFolder(List<? extends StageStep<?>> steps, StageContext context) {
        if (steps.stream().noneMatch(step -> step.stage() == Stage.INDEX)) {
            return null;
        }
        return context.separateIndexFolder().map(folder -> folder.lock("hindsight " + command))
                .orElse(null);
    }

    private void closeLocks() {
        if (indexLock != null) {
            indexLock.close();
        }
        lock.close();
    }

    /**
     * Says once which stage was stopped and what stays published; from then on what Spark's
     * threads print to stderr while they are torn down goes to the log file, not the terminal
     * (this runner's own stream stays on the terminal).
     */
    private void reportStop(Stage stage) {
        if (stopReported.compareAndSet(false, true)) {
            err.println(command + ": stopped during the " + stage.key() + " stage (signal or"
                    + " shutdown); " + whatStays(stage));
            err.flush();
            System.setErr(LogStream.warnings("com.hindsight.shutdown"));
        }
    }

    private String whatStays(Stage failed) {
        List<String> published = new ArrayList<>();
        seconds.keySet().forEach(stage -> published.add(stage.key()));
        return (published.isEmpty() ? "" : String.join(", ", published) + " published; ")
                + "the " + failed.key() + " stage" + (pipeline ? " and those after it keep their"
                + " previous runs" : " keeps its previous run");
    }

    private String timings() {
        StringBuilder line = new StringBuilder(command + ":");
        double total = 0;
        for (Map.Entry<Stage, Double> stage : seconds.entrySet()) {
            line.append(String.format(Locale.ROOT, " %s %.1f s,", stage.getKey().key(),
                    stage.getValue()));
            total += stage.getValue();
        }
        return line.append(String.format(Locale.ROOT, " total %.1f s", total)).toString();
    }

    /** Whether the JVM is exiting (a signal): Spark then fails the running job. */
    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook has run or will run and sees finished = true
        }
    }
}
