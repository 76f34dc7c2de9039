package com.hindsight.search.cases;

import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import java.nio.file.Path;

/**
 * The case index of the published index run of a local folder: {@code <folder>/index/<run>/lucene},
 * where the folder is the warehouse or its own index folder ({@code --index-dir},
 * {@link Warehouse#indexFolder}). Found on the local file system without Spark or Hadoop, so a
 * search starts fast.
 *
 * @param runId  the published index run
 * @param folder its Lucene folder, for {@link CaseSearcher#open}
 */
public record PublishedIndex(String runId, Path folder) {
    /** The folder of an index run holding the Lucene index. */
    public static final String LUCENE_FOLDER = "lucene";
    /** Why the warehouse must be local, for messages: Lucene reads and writes local files. */
    public static final String NEEDS_LOCAL = "the search index (Lucene, see docs/search.md, known limits)";

    /**
     * The published index of a local warehouse or index folder.
     *
     * @throws com.hindsight.core.UserErrorException when the folder is not a local one,
     *                                               does not exist or has no index run yet
     */
    public static PublishedIndex of(Warehouse indexFolder) {
        indexFolder.requireLocal(NEEDS_LOCAL);
        PublishedRun run = indexFolder.requireCurrentRun(Stage.INDEX);
        return new PublishedIndex(run.runId(), run.localPath(LUCENE_FOLDER));
    }
}
