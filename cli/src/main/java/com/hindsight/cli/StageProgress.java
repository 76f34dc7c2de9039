package com.hindsight.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.executor.TaskMetrics;
import org.slf4j.LoggerFactory;

/**
 * Progress of the running stage while Spark works: the records read so far, the rate, and the
 * tasks of the Spark steps under way with the time they have left. On a terminal it is one live
 * line on stderr, redrawn every second and erased when the stage ends; otherwise (cron, a
 * redirected run) a plain log line every {@value #PLAIN_SECONDS} seconds while a stage runs
 * when tasks finished since the last one ({@code stage=ingest progress records=...
 * records_per_second=... seconds=... tasks_finished=... step_tasks=3/8 step_seconds_left=...}),
 * so a short stage prints none. Records are the input records the tasks read (a table read
 * twice counts twice). Counted by a Spark listener; stages
 * without Spark (report) show none.
 */
final class StageProgress implements AutoCloseable {
    static final int PLAIN_SECONDS = 30;
    /** The live line is kept shorter than hindsight's log lines, which so overwrite it whole. */
    private static final int LIVE_WIDTH = 72;

    private final Consumer<String> plain;
    private final PrintStream live;
    private final ScheduledExecutorService ticker;
    private final Map<Integer, long[]> steps = new ConcurrentHashMap<>(); // id: tasks, done, start
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong tasksDone = new AtomicLong();
    private volatile String stage;
    private volatile long stageStart;
    private volatile long tasksAtLastLine = -1;
    private volatile boolean lineShown;

    private StageProgress(Consumer<String> plain, PrintStream live, Duration every) {
        this.plain = plain;
        this.live = live;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hindsight-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * A live line on {@code err} when this process runs on a terminal (stdin and stdout are one,
     * and TERM is not "dumb"), plain log lines otherwise.
     */
    static StageProgress forThisProcess(PrintStream err) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? live(err, Duration.ofSeconds(1))
                : plain(LoggerFactory.getLogger(StageProgress.class)::info,
                Duration.ofSeconds(PLAIN_SECONDS));
    }

    static StageProgress live(PrintStream err, Duration every) {
        return new StageProgress(null, err, every);
    }

    static StageProgress plain(Consumer<String> lines, Duration every) {
        return new StageProgress(lines, null, every);
    }

    /** The listener that counts, to add to the Spark context. */
    SparkListener listener() {
        return new SparkListener() {
            @Override
            public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
                steps.put(submitted.stageInfo().stageId(),
                        new long[] {submitted.stageInfo().numTasks(), 0, System.nanoTime()});
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                long[] step = steps.get(end.stageId());
                if (step != null) {
                    synchronized (step) {
                        step[1]++;
                    }
                }
                tasksDone.incrementAndGet();
                TaskMetrics metrics = end.taskMetrics();
                if (metrics != null) {
                    records.addAndGet(metrics.inputMetrics().recordsRead());
                }
            }

            @Override
            public void onStageCompleted(SparkListenerStageCompleted completed) {
                steps.remove(completed.stageInfo().stageId());
            }
        };
    }

    /** From now on the counts are the stage's ({@code ingest}, {@code analyze}, ...). */
    void stageStarted(String key) {
        records.set(0);
        tasksDone.set(0);
        tasksAtLastLine = -1;
        stageStart = System.nanoTime();
        stage = key;
    }

    /** The stage ended: its live line is erased before its summary is printed. */
    synchronized void stageEnded() {
        stage = null;
        if (lineShown) {
            live.print("\r\033[K");
            live.flush();
            lineShown = false;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        stageEnded();
    }

    private synchronized void tick() {
        String key = stage;
        if (key == null || tasksDone.get() == 0 && steps.isEmpty()) {
            return;
        }
        double seconds = (System.nanoTime() - stageStart) / 1e9;
        long tasks = 0;
        long done = 0;
        double left = 0;
        for (long[] step : steps.values()) {
            synchronized (step) {
                tasks += step[0];
                done += step[1];
                if (step[1] > 0) {
                    double stepSeconds = (System.nanoTime() - step[2]) / 1e9;
                    left = Math.max(left, stepSeconds / step[1] * (step[0] - step[1]));
                }
            }
        }
        Snapshot now = new Snapshot(key, records.get(), seconds, tasksDone.get(), done, tasks,
                done > 0 ? left : Double.NaN);
        if (live != null) {
            live.print("\r\033[K" + now.liveLine(LIVE_WIDTH) + "\r");
            live.flush();
            lineShown = true;
        } else if (tasksDone.get() != tasksAtLastLine) {
            tasksAtLastLine = tasksDone.get();
            plain.accept(now.plainLine());
        }
    }

    /**
     * What the line shows: the stage, records read so far, seconds since it started, the tasks
     * finished in it, and of the Spark steps under way (none between two jobs) the tasks done, all
     * their tasks, and the seconds the slowest has left at its pace so far (NaN: not known yet).
     */
    record Snapshot(String stage, long records, double seconds, long tasksFinished,
                    long stepTasksDone, long stepTasks, double stepSecondsLeft) {
        String plainLine() {
            return String.format(Locale.ROOT, "stage=%s progress records=%d records_per_second=%.0f"
                            + " seconds=%.0f tasks_finished=%d step_tasks=%s step_seconds_left=%s",
                    stage, records, rate(), seconds, tasksFinished,
                    stepTasks == 0 ? "none" : stepTasksDone + "/" + stepTasks,
                    Double.isNaN(stepSecondsLeft) ? "unknown"
                            : String.format(Locale.ROOT, "%.0f", stepSecondsLeft));
        }

        String liveLine(int width) {
            String step = stepTasks == 0 ? String.format(Locale.ROOT, "%,d tasks done", tasksFinished)
                    : String.format(Locale.ROOT, "tasks %d/%d", stepTasksDone, stepTasks)
                    + (Double.isNaN(stepSecondsLeft) ? "" : "  ~" + clock(stepSecondsLeft) + " left");
            String line = String.format(Locale.ROOT, "%s %s  %,d records  %,.0f/s  %s", stage,
                    clock(seconds), records, rate(), step);
            return line.length() > width ? line.substring(0, width) : line;
        }

        private double rate() {
            return seconds > 0 ? records / seconds : 0;
        }

        private static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
