package com.hindsight.core.warehouse;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one lifecycle of every stage run: stage an empty run folder (clearing what a killed run
 * left) → the stage writes its output → its summary is written beside → the run is published
 * atomically and old runs pruned. On any failure the staged run is abandoned and the previous
 * published run stays current, so a kill or a crash at any moment loses nothing.
 */
public final class StageLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(StageLifecycle.class);

    private StageLifecycle() {
    }

    public static <S extends StageSummary> Published<S> run(Warehouse warehouse, Stage stage,
                                                            int keepRuns, StageWork<S> work) {
        if (keepRuns < 1) {
            throw new IllegalArgumentException("keepRuns must be >= 1: " + keepRuns);
        }
        long start = System.nanoTime();
        StagedRun staged = warehouse.stage(stage);
        try {
            S summary = work.write(staged);
            staged.writeFile(stage.summaryFile(), summary.toJson());
            PublishedRun published = staged.publish(keepRuns);
            LOG.info("stage={} published={} seconds={}", stage.key(), published.display(),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            return new Published<>(summary, published);
        } catch (Throwable e) {
            // also Spark's AnalysisException, which is checked but thrown undeclared from Scala
            staged.abandon();
            throw e;
        }
    }
}
