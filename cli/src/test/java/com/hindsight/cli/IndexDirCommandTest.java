package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --index-dir} refused before anything starts or is written: a warehouse that is not a
 * local folder without it, an index folder that cannot be made, one in use by another run; and
 * what reads the index of such a warehouse says what it needs. No Spark starts in these tests.
 */
class IndexDirCommandTest {
    @TempDir
    Path temp;

    private String nonLocalWarehouse() {
        return NonLocalFileSystem.uriOf(temp.resolve("remote-warehouse"));
    }

    @Test
    void aWarehouseThatIsNotLocalNeedsAnIndexDir() {
        CommandRun nightly = CommandRun.of("nightly", "--input",
                archive().toString(), "--warehouse", nonLocalWarehouse());
        CommandRun index = CommandRun.of("index", "--warehouse", nonLocalWarehouse());
        CommandRun search = CommandRun.of("search", "--warehouse", nonLocalWarehouse(), "扣款");
        CommandRun similar = CommandRun.of("similar", "--warehouse", nonLocalWarehouse(), "扣款");

        String expected = "error: warehouse " + nonLocalWarehouse() + " is not a folder on this"
                + " machine, and the search index (Lucene) is kept in a local folder: give"
                + " --index-dir DIR (a local folder for the index runs, see docs/operations.md)"
                + System.lineSeparator();
        for (CommandRun run : new CommandRun[] {nightly, index, search, similar}) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).isEqualTo(expected);
        }
        assertThat(nightly.out()).doesNotContain("== ingest");
        assertThat(temp.resolve("remote-warehouse")).doesNotExist();
    }

    @Test
    void anIndexDirThatCannotBeMadeIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        Path aFile = Files.writeString(temp.resolve("a-file"), "not a folder");
        Path indexDir = aFile.resolve("index");

        CommandRun index = CommandRun.of("index", "--warehouse", warehouse.toString(),
                "--index-dir", indexDir.toString());
        CommandRun nightly = CommandRun.of("nightly", "--input",
                archive().toString(), "--warehouse", nonLocalWarehouse(),
                "--index-dir", indexDir.toString());

        String expected = "error: index folder " + indexDir + " (--index-dir) cannot be made: "
                + aFile + " is not a folder" + System.lineSeparator();
        assertThat(index.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(index.err()).isEqualTo(expected);
        assertThat(nightly.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nightly.err()).isEqualTo(expected);
        try (var written = Files.list(warehouse)) {
            assertThat(written).isEmpty();
        }
        assertThat(temp.resolve("remote-warehouse")).doesNotExist();
    }

    @Test
    void anIndexDirInUseByAnotherRunIsRefusedAndTheWarehouseLockReleased() throws IOException {
        Path warehouse = Files.createDirectories(temp.resolve("warehouse"));
        Path indexDir = Files.createDirectories(temp.resolve("index-dir"));
        String now = Instant.now().toString();
        // a live holder: this test's own process, on this host, rewritten just now
        Files.writeString(indexDir.resolve("_lock.json"), "{\"token\":\"other\",\"command\":"
                + "\"hindsight index\",\"host\":\"" + InetAddress.getLocalHost().getHostName()
                + "\",\"pid\":" + ProcessHandle.current().pid() + ",\"process_start\":null,"
                + "\"started_at\":\"" + now + "\",\"heartbeat_at\":\"" + now + "\"}");

        CommandRun index = CommandRun.of("index", "--warehouse", warehouse.toString(),
                "--index-dir", indexDir.toString());

        assertThat(index.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(index.err()).startsWith("error: index folder " + indexDir + " is in use by"
                + " `hindsight index` (process " + ProcessHandle.current().pid());
        assertThat(warehouse.resolve("_lock.json")).doesNotExist();
        assertThat(indexDir.resolve("index")).doesNotExist();
    }

    @Test
    void searchReadsAnIndexDirAndSaysWhenItHasNoIndexRun() throws IOException {
        Path indexDir = temp.resolve("index-dir");
        SmallCaseIndex.publish(indexDir);

        CommandRun found = CommandRun.of("search", "--warehouse", nonLocalWarehouse(),
                "--index-dir", indexDir.toString(), "--hits", "重复扣款");
        CommandRun empty = CommandRun.of("search", "--warehouse", nonLocalWarehouse(),
                "--index-dir", Files.createDirectories(temp.resolve("empty")).toString(), "扣款");

        assertThat(found.exitCode()).as(found.err()).isEqualTo(ExitCodes.OK);
        assertThat(found.out()).contains("p1").contains("«重复扣款»");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("index folder " + temp.resolve("empty")
                + " has no published index run; run `hindsight index` first");
    }

    @Test
    void theCaseRoomNeedsALocalWarehouseAndSaysSo() throws IOException {
        Path indexDir = temp.resolve("index-dir");
        SmallCaseIndex.publish(indexDir);

        CommandRun serve = CommandRun.of("serve", "--warehouse", nonLocalWarehouse(),
                "--index-dir", indexDir.toString(), "--port", "0");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(serve.err()).contains("warehouse " + nonLocalWarehouse() + " is not a folder"
                + " on this machine; the case room reads the metrics documents, charts and"
                + " workbooks from a local warehouse folder");
    }

    private Path archive() {
        Path archive = temp.resolve("archive");
        try {
            return Files.isDirectory(archive) ? archive : TinyArchive.write(archive);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
