package com.hindsight.cli;

import com.hindsight.jobs.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the one SparkSession of a command: local by default, the cluster's under spark-submit. */
final class SparkLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(SparkLauncher.class);

    private SparkLauncher() {
    }

    /**
     * Starts the session with every setting decided here, once (zone, shuffle partitions; see
     * {@link SparkSessions}), and warms it up ({@link #warmUp}).
     */
    static SparkSession start(String command, String masterFlag, HindsightConfig config) {
        String master = masterFlag;
        if (master == null && System.getProperty("spark.master") == null) {
            master = "local[*]";
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.create("hindsight " + command, master,
                config.zone().getId(), config.shufflePartitions());
        warmUp(spark);
        LOG.info("stage=spark.start master={} seconds={}", spark.sparkContext().master(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return spark;
    }

    /**
     * Writes and reads back one row of Parquet in a temporary folder, so that the cost of Spark's
     * first job (code generation, the Parquet writer's classes) is timed as start-up and not in
     * the first table's stage line. Best effort: a failure here is left to the real job.
     */
    private static void warmUp(SparkSession spark) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("hindsight-warm-up-");
            String table = folder.resolve("one-row").toString();
            spark.range(1).selectExpr("id", "cast(id as string) as text").write().parquet(table);
            spark.read().parquet(table).count();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Spark warm-up skipped", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system clears it
        }
    }
}
