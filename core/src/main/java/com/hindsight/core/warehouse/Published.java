package com.hindsight.core.warehouse;

/** A stage run that was published: its summary and its folder. */
public record Published<S extends StageSummary>(S summary, PublishedRun run) {
}
