package com.hindsight.core.warehouse;

/** What a stage run reports: written into the run as {@link Stage#summaryFile()}. */
public interface StageSummary {
    /** The summary file's content (UTF-8 JSON). */
    byte[] toJson();

    /**
     * Whether the run set aside data it could not use and went on (records quarantined, metrics
     * documents skipped): the run is published, and the command exits 3 so a scheduler notices.
     */
    default boolean setAside() {
        return false;
    }
}
