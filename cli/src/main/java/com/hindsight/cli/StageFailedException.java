package com.hindsight.cli;

import com.hindsight.core.warehouse.Stage;

/** A stage of a command failed; carries the stage for the message, the cause for the exit code. */
final class StageFailedException extends RuntimeException {
    private final Stage stage;
    private final boolean stoppedBySignal;

    /**
     * @param cause           any exception: Spark throws checked ones (AnalysisException) undeclared
     * @param stoppedBySignal the JVM was exiting (kill, Ctrl-C) and the runner has said so already
     */
    StageFailedException(Stage stage, Exception cause, boolean stoppedBySignal) {
        super(cause.getMessage(), cause);
        this.stage = stage;
        this.stoppedBySignal = stoppedBySignal;
    }

    Stage stage() {
        return stage;
    }

    boolean stoppedBySignal() {
        return stoppedBySignal;
    }
}
