package com.hindsight.core.warehouse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per warehouse: a command that publishes holds {@code <warehouse>/_lock.json} while it
 * runs, and a second one refuses with a message naming the holder (command, host, process, since
 * when). The holder rewrites the file every {@link #HEARTBEAT}; a lock is stale, and is taken
 * over, when its process is gone (same host: no such process, or another process with its id)
 * or when it has not been rewritten for {@link #STALE_AFTER} (a holder on another host that died).
 * So a run killed at any moment, even with SIGKILL, never blocks the next one for long.
 *
 * <p>Taking over a stale lock renames it aside first: of two runs that find the same stale lock,
 * only one rename succeeds, and the other then sees the winner's fresh lock.
 */
public final class WarehouseLock implements AutoCloseable {
    static final String FILE = "_lock.json";
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration STALE_AFTER = Duration.ofMinutes(3);
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseLock.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /**
     * Who holds a lock.
     *
     * @param token        this acquisition, to tell a lock of ours from a successor's
     * @param processStart when the holding process started (ISO-8601, or null), so a reused
     *                     process id is not taken for the holder
     * @param startedAt    when the lock was taken (ISO-8601)
     * @param heartbeatAt  when the holder last rewrote the lock (ISO-8601)
     */
    record Holder(String token, String command, String host, long pid, String processStart,
                  String startedAt, String heartbeatAt) {
        String describe() {
            return "`" + command + "` (process " + pid + " on " + host + ", since " + startedAt
                    + ")";
        }
    }

    private final Warehouse warehouse;
    private final Clock clock;
    private final Holder holder;
    private final ScheduledExecutorService heartbeat;

    private WarehouseLock(Warehouse warehouse, Clock clock, Holder holder) {
        this.warehouse = warehouse;
        this.clock = clock;
        this.holder = holder;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "hindsight-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /**
     * Takes the warehouse's lock for {@code command}.
     *
     * @throws UserErrorException naming the holder when another live run holds it
     */
    public static WarehouseLock acquire(Warehouse warehouse, String command) {
        return acquire(warehouse, command, Clock.systemUTC());
    }

    static WarehouseLock acquire(Warehouse warehouse, String command, Clock clock) {
        ProcessHandle self = ProcessHandle.current();
        Instant now = clock.instant();
        Holder mine = new Holder(UUID.randomUUID().toString(), command, hostName(), self.pid(),
                self.info().startInstant().map(Instant::toString).orElse(null), now.toString(),
                now.toString());
        WarehouseFiles files = warehouse.files();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (files.createExclusively(FILE, JSON.writeValueAsBytes(mine))) {
                    return new WarehouseLock(warehouse, clock, mine);
                }
                Optional<Holder> current = read(files);
                if (current.isPresent() && !isStale(current.get(), clock.instant())) {
                    throw new UserErrorException(warehouse.describe() + " is in use by "
                            + current.get().describe() + "; wait for it to finish (a lock left by"
                            + " a killed run is cleared by the next run: at once on the same"
                            + " machine, after " + STALE_AFTER.toMinutes() + " minutes from"
                            + " another)");
                }
                takeOver(files, current.orElse(null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock of " + warehouse.describe(), e);
        }
        throw new UserErrorException(warehouse.describe() + ": another run took its lock"
                + " at the same moment; try again");
    }

    /** Whether a holder is gone: its process ended, or it stopped rewriting the lock. */
    static boolean isStale(Holder holder, Instant now) {
        if (hostName().equals(holder.host())) {
            Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
            if (process.isEmpty() || !process.get().isAlive()) {
                return true;
            }
            String started = process.get().info().startInstant().map(Instant::toString)
                    .orElse(null);
            if (started != null && holder.processStart() != null
                    && !started.equals(holder.processStart())) {
                return true; // the id now belongs to another process
            }
        }
        try {
            return Duration.between(Instant.parse(holder.heartbeatAt()), now)
                    .compareTo(STALE_AFTER) > 0;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    private static void takeOver(WarehouseFiles files, Holder stale) throws IOException {
        String aside = "." + FILE + ".stale-" + UUID.randomUUID();
        try {
            files.move(FILE, aside);
        } catch (IOException gone) {
            return; // another run took it over first, or its holder released it: try again
        }
        files.delete(aside);
        LOG.warn("stage=lock cleared a stale lock of {}", stale == null ? "an unreadable lock file"
                : stale.describe());
    }

    /** The holder, or empty when the file is gone or unreadable (being written, or damaged). */
    private static Optional<Holder> read(WarehouseFiles files) throws IOException {
        try {
            return Optional.of(JSON.readValue(files.read(FILE), Holder.class));
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException gone) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** Rewrites the heartbeat while the lock is still ours. */
    private void beat() {
        try {
            Optional<Holder> current = read(warehouse.files());
            if (current.isEmpty() || !current.get().token().equals(holder.token())) {
                LOG.warn("stage=lock the lock of warehouse {} was taken over", warehouse.root());
                return;
            }
            Holder renewed = new Holder(holder.token(), holder.command(), holder.host(),
                    holder.pid(), holder.processStart(), holder.startedAt(),
                    clock.instant().toString());
            warehouse.files().replaceAtomically(FILE, JSON.writeValueAsBytes(renewed));
        } catch (IOException | RuntimeException e) {
            LOG.warn("stage=lock cannot renew the lock of warehouse {}", warehouse.root(), e);
        }
    }

    /** Releases the lock if it is still ours. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            Optional<Holder> current = read(warehouse.files());
            if (current.isPresent() && current.get().token().equals(holder.token())) {
                warehouse.files().delete(FILE);
            }
        } catch (IOException e) {
            LOG.warn("stage=lock cannot release the lock of warehouse {}", warehouse.root(), e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
