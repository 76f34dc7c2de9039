package com.hindsight.cli;

import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.warehouse.Warehouses;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * What the stages of one command share: the settings, the warehouse (opened once) and the Spark
 * session (started on first use, so checks that need no Spark fail fast, and stopped before a
 * stage that needs none).
 */
final class StageContext {
    private final String command;
    private final HindsightConfig config;
    private final String warehouseLocation;
    private final String master;
    private final IndexDirOption indexDir;
    private SparkSession spark;
    private String sparkVersion;
    private Warehouse warehouse;
    private StageProgress progress;

    StageContext(String command, HindsightConfig config, String warehouseLocation, String master) {
        this(command, config, warehouseLocation, master, new IndexDirOption());
    }

    /** @param indexDir where the index stage publishes (--index-dir; inside the warehouse by default) */
    StageContext(String command, HindsightConfig config, String warehouseLocation, String master,
                 IndexDirOption indexDir) {
        this.command = command;
        this.config = config;
        this.warehouseLocation = warehouseLocation;
        this.master = master;
        this.indexDir = indexDir;
    }

    HindsightConfig config() {
        return config;
    }

    /**
     * The warehouse: a local folder opens without Hadoop; a URI through Hadoop, with the Spark
     * session's configuration when a session is running (it carries the cluster's settings).
     */
    Warehouse warehouse() {
        if (warehouse == null) {
            warehouse = LocalFiles.pathOf(warehouseLocation).map(Warehouse::local)
                    .orElseGet(() -> Warehouses.open(warehouseLocation, spark != null
                            ? spark.sparkContext().hadoopConfiguration()
                            : new org.apache.hadoop.conf.Configuration()));
        }
        return warehouse;
    }

    /**
     * Where the index stage publishes: the warehouse itself (this same object) unless
     * --index-dir names another folder; a user error for a warehouse off this machine without
     * --index-dir.
     */
    Warehouse indexFolder() {
        return indexDir.separate(warehouseLocation).orElseGet(this::warehouse);
    }

    /** The index folder when it is apart from the warehouse (it then has a lock of its own). */
    Optional<Warehouse> separateIndexFolder() {
        return indexDir.separate(warehouseLocation);
    }

    /** Fails unless the index folder can be made and written (before anything starts). */
    void requireIndexFolderWritable() {
        indexDir.requireWritable(warehouseLocation);
    }

    /** The warehouse's folder when it is on this machine. */
    Optional<Path> localWarehouse() {
        return LocalFiles.pathOf(warehouseLocation);
    }

    /** Whether the warehouse is a folder on this machine (no Hadoop needed to open it). */
    boolean warehouseIsLocal() {
        return LocalFiles.pathOf(warehouseLocation).isPresent();
    }

    SparkSession spark() {
        if (spark == null) {
            spark = SparkLauncher.start(command, master, config);
            spark.sparkContext().addSparkListener(progress().listener());
            sparkVersion = spark.version();
            if (!warehouseIsLocal()) {
                warehouse = null; // reopen with the session's Hadoop configuration
            }
        }
        return spark;
    }

    /** The version of the Spark session this command started, or null when it started none. */
    String sparkVersion() {
        return sparkVersion;
    }

    /** The progress of the running stage (a live line on a terminal, else log lines). */
    StageProgress progress() {
        if (progress == null) {
            progress = StageProgress.forThisProcess(System.err);
        }
        return progress;
    }

    /** Stops the progress lines (at the end of the command). */
    void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    void stopSpark() {
        if (spark != null) {
            spark.stop();
            spark = null;
        }
    }
}
