package com.hindsight.core.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A run of a stage being written aside; nothing is visible to readers until it is published.
 * Stages get one from {@link StageLifecycle}, which publishes or abandons it.
 */
public final class StagedRun extends RunFolder {
    private final Warehouse warehouse;

    StagedRun(Warehouse warehouse, WarehouseFiles files, Stage stage, String runId, String folder) {
        super(files, stage, runId, folder);
        this.warehouse = warehouse;
    }

    /** Writes a small file (a summary, a document, a workbook) into the staged run. */
    public void writeFile(String child, byte[] content) {
        try {
            files().write(relative(child), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + files().display(relative(child)), e);
        }
    }

    /** Makes the run the stage's current one, atomically, and prunes runs beyond {@code keepRuns}. */
    PublishedRun publish(int keepRuns) {
        try {
            return warehouse.publish(this, keepRuns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + this + " in " + warehouse.root(), e);
        }
    }

    /** Discards the staged run (after a failure). */
    void abandon() {
        warehouse.abandon(this);
    }
}
