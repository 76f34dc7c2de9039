package com.hindsight.core.warehouse;

/** What a stage writes into its staged run; returns the run's summary. */
@FunctionalInterface
public interface StageWork<S extends StageSummary> {
    S write(StagedRun run);
}
