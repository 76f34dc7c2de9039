package com.hindsight.cli;

import com.hindsight.core.warehouse.Stage;

/** A stage of a command failed; carries the stage for the message, the cause for the exit code. */
final class StageFailedException extends RuntimeException {
    private final Stage stage;

    /** @param cause any exception: Spark throws checked ones (AnalysisException) undeclared */
    StageFailedException(Stage stage, Exception cause) {
        super(cause.getMessage(), cause);
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }
}
