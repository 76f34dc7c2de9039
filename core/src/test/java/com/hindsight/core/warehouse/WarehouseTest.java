package com.hindsight.core.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication is atomic: what a killed run leaves behind is never read and is cleared later. */
class WarehouseTest {
    @TempDir
    Path root;

    private Warehouse at(String instant) {
        return new Warehouse(new LocalFiles(root), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static String file(RunFolder run, String name) throws IOException {
        return new String(run.read(name), StandardCharsets.UTF_8);
    }

    private static StageSummary summary(String json) {
        return () -> json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stagedRunIsInvisibleUntilPublished() throws IOException {
        StagedRun run = at("2026-01-01T00:00:00Z").stage(Stage.INGEST);
        run.writeFile("summary.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(at("2026-01-01T00:00:00Z").currentRun(Stage.INGEST)).isEmpty();
        run.publish(3);
        PublishedRun current = at("2026-01-01T00:00:00Z").currentRun(Stage.INGEST).orElseThrow();
        assertThat(current.runId()).isEqualTo(run.runId());
        assertThat(current.display()).isEqualTo(root.resolve("ingest").resolve(run.runId()).toString());
        assertThat(file(current, "summary.json")).isEqualTo("{}");
    }

    @Test
    void theLifecycleWritesTheSummaryAndPublishesOrAbandons() throws IOException {
        Published<StageSummary> published = StageLifecycle.run(at("2026-01-01T00:00:00Z"),
                Stage.ANALYZE, 3, run -> {
                    run.writeFile("metrics/a.json", "{}".getBytes(StandardCharsets.UTF_8));
                    return summary("{\"n\": 1}");
                });
        assertThat(file(published.run(), "analyze-summary.json")).isEqualTo("{\"n\": 1}");
        assertThat(file(published.run(), "metrics/a.json")).isEqualTo("{}");

        assertThatThrownBy(() -> StageLifecycle.run(at("2026-01-02T00:00:00Z"), Stage.ANALYZE, 3,
                run -> {
                    run.writeFile("metrics/a.json", "{broken".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("boom");
                })).hasMessage("boom");
        PublishedRun current = at("2026-01-02T00:00:00Z").requireCurrentRun(Stage.ANALYZE);
        assertThat(current.runId()).isEqualTo(published.run().runId());
        try (Stream<Path> staging = Files.list(root.resolve("_staging"))) {
            assertThat(staging).isEmpty();
        }
    }

    @Test
    void killedRunLeavesThePreviousRunCurrentAndIsClearedByTheNextRun() throws IOException {
        StagedRun first = at("2026-01-01T00:00:00Z").stage(Stage.INGEST);
        first.writeFile("n", "1".getBytes(StandardCharsets.UTF_8));
        first.publish(3);
        StagedRun killed = at("2026-01-02T00:00:00Z").stage(Stage.INGEST);
        killed.writeFile("n", "2".getBytes(StandardCharsets.UTF_8));
        // killed here: never published, never abandoned

        assertThat(file(at("2026-01-02T00:00:00Z").requireCurrentRun(Stage.INGEST), "n")).isEqualTo("1");
        at("2026-01-03T00:00:00Z").stage(Stage.INGEST);
        try (Stream<Path> staging = Files.list(root.resolve("_staging"))) {
            assertThat(staging.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains(killed.runId()));
        }
    }

    @Test
    void keepsOnlyTheNewestRunsAndNeverDeletesTheCurrentOne() throws IOException {
        for (int day = 1; day <= 4; day++) {
            StagedRun run = at("2026-01-0" + day + "T00:00:00Z").stage(Stage.ANALYZE);
            run.writeFile("n", Integer.toString(day).getBytes(StandardCharsets.UTF_8));
            run.publish(2);
        }

        try (Stream<Path> runs = Files.list(root.resolve("analyze"))) {
            assertThat(runs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("2026")))
                    .hasSize(2).allMatch(n -> n.startsWith("20260103") || n.startsWith("20260104"));
        }
        assertThat(file(at("2026-01-05T00:00:00Z").requireCurrentRun(Stage.ANALYZE), "n"))
                .isEqualTo("4");
        try (Stream<Path> files = Files.list(root.resolve("analyze"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void askingForAStageThatNeverRanNamesTheCommandToRun() throws IOException {
        Files.createDirectories(root);
        assertThatThrownBy(() -> at("2026-01-01T00:00:00Z").requireCurrentRun(Stage.INGEST))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("warehouse " + root + " has no published ingest run; run `hindsight"
                        + " ingest` first");
    }

    @Test
    void aWarehouseFolderThatDoesNotExistIsNotFoundRatherThanEmpty() {
        Warehouse missing = Warehouse.local(root.resolve("typo"));
        assertThatThrownBy(() -> missing.requireCurrentRun(Stage.INDEX))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("warehouse " + root.resolve("typo") + " not found (no such folder)");
    }

    @Test
    void localWarehouseGivesLocalPathsAndLocationsOfPaths() {
        Warehouse local = at("2026-01-01T00:00:00Z");
        StagedRun run = local.stage(Stage.INDEX);

        assertThat(local.isLocal()).isTrue();
        assertThat(run.localPath("lucene")).isEqualTo(root.resolve("_staging")
                .resolve("index-" + run.runId()).resolve("lucene"));
        assertThat(run.location("posts")).isEqualTo(root.resolve("_staging")
                .resolve("index-" + run.runId()).resolve("posts").toString());
        assertThat(local.modelLocation()).isEqualTo(root.resolve("_models").toString());
    }

    @Test
    void locationsNameLocalFoldersOrOtherFileSystems() {
        assertThat(LocalFiles.pathOf("warehouse")).contains(Path.of("warehouse"));
        assertThat(LocalFiles.pathOf("/data/wh")).contains(Path.of("/data/wh"));
        assertThat(LocalFiles.pathOf("file:///data/wh")).contains(Path.of("/data/wh"));
        assertThat(LocalFiles.pathOf("hdfs://namenode:8020/wh")).isEmpty();
        assertThat(LocalFiles.pathOf("s3a://bucket/wh")).isEmpty();
    }
}
