package com.hindsight.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * Where a stage keeps data that several of its steps read (ingest's validated records, analyze's
 * scored posts): on the executors' local disk, not in the JVM heap.
 *
 * <p>Kept in memory, these records filled whatever heap they were given (Spark's storage share of
 * it), and with the heap always nearly full G1 ran one concurrent marking cycle after another (164
 * in one 10-million-post ingest), taking CPU from the job on a small machine. On local disk the
 * operating system's page cache still serves most reads from memory, outside the heap, and the
 * heap stays small whatever the size of the data.
 */
public final class ReusedData {
    public static final StorageLevel LEVEL = StorageLevel.DISK_ONLY();

    private ReusedData() {
    }

    /** Marks the dataset to be kept after its first computation; unpersist it when done. */
    public static <T> Dataset<T> keep(Dataset<T> data) {
        return data.persist(LEVEL);
    }
}
