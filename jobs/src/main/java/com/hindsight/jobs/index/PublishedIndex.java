package com.hindsight.jobs.index;

import com.hindsight.jobs.warehouse.Warehouse;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;

/** Where the search command finds the index: the published index run's folder. Needs no Spark. */
public final class PublishedIndex {
    private PublishedIndex() {
    }

    /**
     * The Lucene folder of the published index run.
     *
     * @throws IllegalStateException    when no index run was published: run {@code hindsight index}
     * @throws IllegalArgumentException when the warehouse is not on the local file system
     */
    public static Path folder(String warehouseUri) {
        Warehouse warehouse = new Warehouse(warehouseUri, new Configuration());
        warehouse.requireLocal(IndexJob.NEEDS_LOCAL);
        return warehouse.localPath(warehouse.requireCurrentRun(IndexJob.STAGE))
                .resolve(IndexJob.INDEX_FOLDER);
    }

    /** The id of the published index run, for reports. */
    public static String runId(Path folder) {
        return folder.getParent().getFileName().toString();
    }
}
