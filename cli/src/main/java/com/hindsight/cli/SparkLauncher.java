package com.hindsight.cli;

import com.hindsight.jobs.SparkSessions;
import java.util.Locale;
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
     * {@link SparkSessions}), and runs one tiny job so that Spark's own warm-up is timed here
     * and not in the first table's stage line.
     */
    static SparkSession start(String command, String masterFlag, HindsightConfig config) {
        String master = masterFlag;
        if (master == null && System.getProperty("spark.master") == null) {
            master = "local[*]";
        }
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.create("hindsight " + command, master,
                config.zone().getId(), config.shufflePartitions());
        spark.range(1).count();
        LOG.info("stage=spark.start master={} seconds={}", spark.sparkContext().master(),
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return spark;
    }
}
