package com.hindsight.core.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per warehouse; a lock whose holder is gone never blocks the next run. */
class WarehouseLockTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @TempDir
    Path root;

    private Warehouse warehouse() {
        return Warehouse.local(root);
    }

    private void writeLock(String host, long pid, Instant heartbeat) throws IOException {
        Files.write(root.resolve(WarehouseLock.FILE), JSON.writeValueAsBytes(new WarehouseLock.Holder(
                "t", "hindsight nightly", host, pid, null, heartbeat.toString(), heartbeat.toString())));
    }

    private static String thisHost() throws IOException {
        return InetAddress.getLocalHost().getHostName();
    }

    @Test
    void aSecondRunIsRefusedNamingTheHolderUntilTheFirstReleases() {
        try (WarehouseLock first = warehouse().lock("hindsight nightly")) {
            assertThatThrownBy(() -> warehouse().lock("hindsight report"))
                    .isInstanceOf(UserErrorException.class)
                    .hasMessageContaining("warehouse " + root + " is in use by `hindsight nightly`")
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
        }
        assertThat(root.resolve(WarehouseLock.FILE)).doesNotExist();
        try (WarehouseLock second = warehouse().lock("hindsight report")) {
            assertThat(root.resolve(WarehouseLock.FILE)).exists();
        }
    }

    @Test
    void aLockLeftByAProcessThatIsGoneIsClearedAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writeLock(thisHost(), gone.pid(), Instant.now());

        try (WarehouseLock lock = warehouse().lock("hindsight ingest")) {
            assertThat(Files.readString(root.resolve(WarehouseLock.FILE)))
                    .contains("\"command\":\"hindsight ingest\"");
        }
    }

    @Test
    void aLockFromAnotherHostIsStaleOnlyOnceItsHeartbeatStops() throws IOException {
        writeLock("another-host.example", 1, Instant.now().minusSeconds(60));
        assertThatThrownBy(() -> warehouse().lock("hindsight ingest"))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("on another-host.example");

        writeLock("another-host.example", 1, Instant.now().minus(WarehouseLock.STALE_AFTER)
                .minusSeconds(1));
        try (WarehouseLock lock = warehouse().lock("hindsight ingest")) {
            assertThat(Files.readString(root.resolve(WarehouseLock.FILE)))
                    .contains("hindsight ingest");
        }
    }

    @Test
    void anUnreadableLockFileIsTakenOver() throws IOException {
        Files.writeString(root.resolve(WarehouseLock.FILE), "{\"tok");

        try (WarehouseLock lock = warehouse().lock("hindsight index")) {
            assertThat(Files.readString(root.resolve(WarehouseLock.FILE))).contains("hindsight index");
        }
        try (var files = Files.list(root)) {
            assertThat(files).as("the stale lock set aside is deleted, ours released").isEmpty();
        }
    }
}
