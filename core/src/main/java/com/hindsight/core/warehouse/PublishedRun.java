package com.hindsight.core.warehouse;

/** A stage's published run: complete, and read-only from now on. */
public final class PublishedRun extends RunFolder {
    PublishedRun(WarehouseFiles files, Stage stage, String runId, String folder) {
        super(files, stage, runId, folder);
    }
}
