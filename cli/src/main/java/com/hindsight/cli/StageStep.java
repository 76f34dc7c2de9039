package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageSummary;
import java.io.PrintWriter;

/**
 * One stage as the command line runs it: checks, the job, the printed summary. The stage's own
 * command runs one step; nightly runs all four with {@link StageRunner}.
 */
abstract class StageStep<S extends StageSummary> {
    private final Stage stage;

    StageStep(Stage stage) {
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }

    /** Whether the stage runs on Spark (the session is stopped before a stage that does not). */
    abstract boolean needsSpark();

    /**
     * Checks that need neither Spark nor an earlier stage's output (input folders, settings,
     * a local warehouse where one is needed), run for every step before any step starts, so a
     * mistake fails in a second instead of after Spark's start. Throws UserErrorException.
     */
    void check(StageContext context) {
    }

    abstract Published<S> run(StageContext context);

    abstract void print(Published<S> published, PrintWriter out);
}
