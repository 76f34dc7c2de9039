package com.hindsight.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a command uses; jobs receive it, they never create their own nor
 * change its settings, so every stage of a nightly runs with the same ones.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * A session for the given master ("local[*]" by default). When the program runs under
     * spark-submit the master is already set and {@code master} is null.
     *
     * @param timeZone the zone timestamps without an offset are read in, and days and hours are
     *                 counted in (ingest, analyze)
     */
    public static SparkSession create(String appName, String master, String timeZone,
                                      int shufflePartitions) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.sql.session.timeZone", timeZone)
                // a record repeating a key ("id" and "ID") keeps the last value instead of failing
                // the run (docs/data-formats.md)
                .config("spark.sql.mapKeyDedupPolicy", "LAST_WIN")
                .config("spark.sql.shuffle.partitions", shufflePartitions)
                .config("spark.sql.adaptive.enabled", true)
                .config("spark.ui.enabled", false)
                // no per-session artifacts are ever added (the jars come with the application);
                // with isolation on, every class the generated code looks up went through a
                // per-session child-first loader over the whole class path: a tenth of the
                // sample analyze's CPU (docs/benchmarks.md, "What was fixed")
                .config("spark.sql.artifact.isolation.enabled", false)
                .config("spark.sql.parquet.compression.codec", "zstd")
                // see ReusedData: the reused data sits on local disk, where compression saves
                // little, while gathering the statistics to choose an encoding (a dictionary of
                // every text value, per column batch) cost 14% of ingest's CPU at 3M posts
                .config("spark.sql.inMemoryColumnarStorage.compressed", false);
        if (master != null) {
            builder.master(master);
        }
        return builder.getOrCreate();
    }
}
