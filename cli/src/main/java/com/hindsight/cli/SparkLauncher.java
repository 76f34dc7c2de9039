package com.hindsight.cli;

import com.hindsight.jobs.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** Starts the one SparkSession of a command: local by default, the cluster's under spark-submit. */
final class SparkLauncher {
    private SparkLauncher() {
    }

    static SparkSession start(String command, String masterFlag, HindsightConfig config) {
        String master = masterFlag;
        if (master == null && System.getProperty("spark.master") == null) {
            master = "local[*]";
        }
        return SparkSessions.create("hindsight " + command, master, config.zone().getId(),
                config.shufflePartitions());
    }
}
