package com.hindsight.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication is atomic: what a killed run leaves behind is never read and is cleared later. */
class WarehouseTest {
    @TempDir
    Path root;

    private Warehouse at(String instant) {
        return new Warehouse(root.toString(), new Configuration(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static String file(String folder, String name) throws IOException {
        return Files.readString(Path.of(java.net.URI.create(folder)).resolve(name));
    }

    @Test
    void stagedRunIsInvisibleUntilPublished() throws IOException {
        StagedRun run = at("2026-01-01T00:00:00Z").stage("ingest");
        run.writeFile("summary.json", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(at("2026-01-01T00:00:00Z").currentRun("ingest")).isEmpty();
        run.publish(3);
        String current = at("2026-01-01T00:00:00Z").currentRun("ingest").orElseThrow();
        assertThat(current).endsWith("/ingest/" + run.runId());
        assertThat(file(current, "summary.json")).isEqualTo("{}");
    }

    @Test
    void killedRunLeavesThePreviousRunCurrentAndIsClearedByTheNextRun() throws IOException {
        StagedRun first = at("2026-01-01T00:00:00Z").stage("ingest");
        first.writeFile("n", "1".getBytes(StandardCharsets.UTF_8));
        first.publish(3);
        StagedRun killed = at("2026-01-02T00:00:00Z").stage("ingest");
        killed.writeFile("n", "2".getBytes(StandardCharsets.UTF_8));
        // killed here: never published, never abandoned

        assertThat(file(at("2026-01-02T00:00:00Z").requireCurrentRun("ingest"), "n")).isEqualTo("1");
        at("2026-01-03T00:00:00Z").stage("ingest");
        try (Stream<Path> staging = Files.list(root.resolve("_staging"))) {
            assertThat(staging.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains(killed.runId()));
        }
    }

    @Test
    void keepsOnlyTheNewestRunsAndNeverDeletesTheCurrentOne() throws IOException {
        for (int day = 1; day <= 4; day++) {
            StagedRun run = at("2026-01-0" + day + "T00:00:00Z").stage("analyze");
            run.writeFile("n", Integer.toString(day).getBytes(StandardCharsets.UTF_8));
            run.publish(2);
        }

        try (Stream<Path> runs = Files.list(root.resolve("analyze"))) {
            assertThat(runs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("2026")))
                    .hasSize(2).allMatch(n -> n.startsWith("20260103") || n.startsWith("20260104"));
        }
        assertThat(file(at("2026-01-05T00:00:00Z").requireCurrentRun("analyze"), "n"))
                .isEqualTo("4");
    }

    @Test
    void writesNoChecksumSideFilesBesideDocuments() throws IOException {
        StagedRun run = at("2026-01-01T00:00:00Z").stage("analyze");
        run.writeFile("metrics/a.json", "{}".getBytes(StandardCharsets.UTF_8));
        run.publish(1);

        try (Stream<Path> files = Files.walk(root.resolve("analyze"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".crc"));
        }
    }

    @Test
    void askingForAStageThatNeverRanNamesTheCommandToRun() {
        assertThatThrownBy(() -> at("2026-01-01T00:00:00Z").requireCurrentRun("ingest"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("run `hindsight ingest` first");
    }

    @Test
    void localWarehouseGivesLocalPathsAndOtherFileSystemsAreRefusedByName() throws IOException {
        Warehouse local = at("2026-01-01T00:00:00Z");
        StagedRun run = local.stage("index");

        assertThat(local.isLocal()).isTrue();
        assertThat(run.localFolder("lucene")).isEqualTo(root.resolve("_staging")
                .resolve("index-" + run.runId()).resolve("lucene"));
        // no name node is contacted until a file is touched
        Warehouse remote = new Warehouse("hdfs://127.0.0.1:9/warehouse", new Configuration());
        assertThat(remote.isLocal()).isFalse();
        assertThatThrownBy(() -> remote.requireLocal("the search index"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warehouse hdfs://127.0.0.1:9/warehouse is on the file system \"hdfs\";"
                        + " the search index needs a local warehouse (a path on this machine)");
    }
}
