package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.PublishedIndex;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse's published runs, as the case room reads them (the index runs from the warehouse
 * or from its own index folder): on every request the stages'
 * {@code CURRENT} pointers are read again (one small file each), so a nightly that publishes new
 * runs is picked up without a restart. The case index of the current index run stays open
 * between requests; when the index run changes, the new one is opened and the old one closed
 * {@link #RETIRE_AFTER_SECONDS} seconds later, after the searches running on it have ended.
 */
final class PublishedRuns implements Closeable {
    static final int RETIRE_AFTER_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(PublishedRuns.class);

    /** The searcher of one index run. */
    record OpenIndex(String runId, CaseSearcher searcher) {
    }

    private final Warehouse warehouse;
    private final Warehouse indexFolder;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "case-room-retire-index");
        thread.setDaemon(true);
        return thread;
    });
    private OpenIndex open;

    /**
     * @param warehouse   the local warehouse folder (metrics documents, workbooks, charts)
     * @param indexFolder the local folder of its index runs: the warehouse itself, or its own
     *                    index folder ({@code --index-dir})
     */
    PublishedRuns(Path warehouse, Path indexFolder) {
        this.warehouse = Warehouse.local(warehouse);
        this.warehouse.requireExists();
        Path index = indexFolder.toAbsolutePath().normalize();
        this.indexFolder = index.equals(warehouse.toAbsolutePath().normalize()) ? this.warehouse
                : Warehouse.indexFolder(index);
    }

    /** The open case index of the current index run; a user error when there is none yet. */
    synchronized OpenIndex index() {
        PublishedIndex current = PublishedIndex.of(indexFolder);
        if (open == null || !open.runId().equals(current.runId())) {
            OpenIndex previous = open;
            open = new OpenIndex(current.runId(), CaseSearcher.open(current.folder()));
            LOG.info("case room: reading index run {}", current.runId());
            if (previous != null) {
                retirer.schedule(() -> previous.searcher().close(), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
            }
        }
        return open;
    }

    /** The metrics folder of the current analyze run, if analyze has published. */
    Optional<Path> metricsFolder() {
        return warehouse.currentRun(Stage.ANALYZE).map(run -> run.localPath(MetricsContract.FOLDER));
    }

    /** The current report run, if report has published. */
    Optional<PublishedRun> reportRun() {
        return warehouse.currentRun(Stage.REPORT);
    }

    /** The current analyze run's id, for the page footer. */
    Optional<String> analyzeRunId() {
        return warehouse.currentRun(Stage.ANALYZE).map(PublishedRun::runId);
    }

    Warehouse warehouse() {
        return warehouse;
    }

    /** Checks at start that there is something to show; a user error names the stage to run. */
    void requireIndex() {
        try {
            index();
        } catch (UserErrorException e) {
            throw new UserErrorException("the case room needs a published index: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        retirer.shutdownNow();
        if (open != null) {
            open.searcher().close();
            open = null;
        }
    }
}
