package com.hindsight.core.warehouse;

import java.util.Locale;
import java.util.Optional;

/**
 * The stages of the pipeline, in the order the nightly runs them, and what each reads. A stage
 * publishes its runs in the warehouse folder of its {@link #key()} with {@link #summaryFile()}
 * beside its output. The one place for the stage names.
 */
public enum Stage {
    INGEST(null),
    ANALYZE(INGEST),
    INDEX(INGEST),
    REPORT(ANALYZE);

    private final Stage reads;

    Stage(Stage reads) {
        this.reads = reads;
    }

    /** The name of the stage's folder, command and log lines: {@code ingest}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage whose published run this stage reads; empty for ingest, which reads the archive. */
    public Optional<Stage> reads() {
        return Optional.ofNullable(reads);
    }

    /** The summary written into every run: {@code ingest-summary.json}. */
    public String summaryFile() {
        return key() + "-summary.json";
    }

    /** The command that runs this stage alone, for messages: {@code hindsight ingest}. */
    public String command() {
        return "hindsight " + key();
    }
}
