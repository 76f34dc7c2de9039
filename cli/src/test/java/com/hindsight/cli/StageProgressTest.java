package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkSessions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress of a running stage: plain log lines off a terminal (cron), a live line on one. */
class StageProgressTest {
    private static final Pattern PLAIN = Pattern.compile("stage=ingest progress records=(\\d+)"
            + " records_per_second=\\d+ seconds=\\d+ tasks_finished=\\d+ step_tasks=(\\d+/\\d+|none)"
            + " step_seconds_left=(\\d+|unknown)");
    private static final int RECORDS = 600;

    @TempDir
    static Path folder;
    private static SparkSession spark;
    private static String archive;

    @BeforeAll
    static void startSparkAndWriteFourFiles() throws IOException {
        spark = SparkSessions.create("progress test", "local[2]", "UTC", 2);
        for (int file = 0; file < 4; file++) {
            int first = file * RECORDS / 4;
            Files.writeString(folder.resolve("part-" + file + ".txt"),
                    IntStream.range(first, first + RECORDS / 4).mapToObj(i -> "record " + i)
                            .collect(Collectors.joining("\n", "", "\n")));
        }
        archive = folder.toString();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** Reads the files, slowly enough (about 1.5 s on 2 cores) for several progress lines. */
    private static long slowRead() {
        return spark.read().text(archive).filter((FilterFunction<Row>) row -> {
            Thread.sleep(5);
            return true;
        }).count();
    }

    @Test
    void offATerminalAStageLogsPlainLinesWithItsRecordsUntilItEnds() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StageProgress progress = StageProgress.plain(lines::add, Duration.ofMillis(200))) {
            spark.sparkContext().addSparkListener(progress.listener());
            progress.stageStarted("ingest");
            assertThat(slowRead()).isEqualTo(RECORDS);
            Thread.sleep(600); // a tick after the last task: the line with every record read
            progress.stageEnded();
            int atEnd = lines.size();
            Thread.sleep(600);
            assertThat(lines).hasSize(atEnd); // nothing once the stage has ended

            assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> PLAIN.matcher(l).matches());
            Matcher last = PLAIN.matcher(lines.get(lines.size() - 1));
            assertThat(last.matches()).isTrue();
            assertThat(Long.parseLong(last.group(1))).isEqualTo(RECORDS);
            assertThat(lines.stream().distinct()).hasSameSizeAs(lines); // only when tasks moved
        }
    }

    @Test
    void noLineBeforeAStageStartsNorForAShortStage() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StageProgress progress = StageProgress.plain(lines::add, Duration.ofSeconds(30))) {
            spark.sparkContext().addSparkListener(progress.listener());
            spark.read().text(archive).count(); // no stage started
            progress.stageStarted("ingest");
            spark.read().text(archive).count(); // shorter than the interval
            progress.stageEnded();
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void onATerminalOneLiveLineIsRedrawnAndErasedWhenTheStageEnds() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (StageProgress progress = StageProgress.live(terminal, Duration.ofMillis(200))) {
            spark.sparkContext().addSparkListener(progress.listener());
            progress.stageStarted("ingest");
            slowRead();
            progress.stageEnded();
        }
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown).doesNotContain("\n").startsWith("\r\033[Kingest 0:").endsWith("\r\033[K");
        assertThat(shown.split("\r\033\\[K").length).isGreaterThanOrEqualTo(3); // redrawn
        assertThat(shown).contains(" records ", "/s  ", "tasks");
    }

    @Test
    void theLiveLineFitsUnderTheLogLinesItIsOverwrittenBy() {
        var running = new StageProgress.Snapshot("analyze", 12_345_678, 3725, 40, 17, 200, 95);
        assertThat(running.liveLine(72))
                .isEqualTo("analyze 1:02:05  12,345,678 records  3,314/s  tasks 17/200  ~1:35 left");
        assertThat(running.plainLine()).isEqualTo("stage=analyze progress records=12345678"
                + " records_per_second=3314 seconds=3725 tasks_finished=40 step_tasks=17/200"
                + " step_seconds_left=95");
        var betweenJobs = new StageProgress.Snapshot("index", 5, 1, 12, 0, 0, Double.NaN);
        assertThat(betweenJobs.plainLine())
                .endsWith("tasks_finished=12 step_tasks=none step_seconds_left=unknown");
        assertThat(betweenJobs.liveLine(72)).isEqualTo("index 0:01  5 records  5/s  12 tasks done");
        assertThat(new StageProgress.Snapshot("ingest-with-a-long-name", 123_456_789_012L, 359_999,
                1, 123_456, 999_999, 359_999).liveLine(72)).hasSize(72);
    }
}
