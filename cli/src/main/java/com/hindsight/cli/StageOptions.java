package com.hindsight.cli;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every stage command (ingest, analyze, index, report, nightly) takes and does the same:
 * --warehouse, --config and --keep-runs, the settings resolved from them, and its steps run by a
 * {@link StageRunner}.
 */
final class StageOptions {
    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Mixin
    KeepRunsOption keepRuns;

    /** The settings: the command's {@code flags} and --keep-runs, then --config, then defaults. */
    HindsightConfig resolve(HindsightConfig.Builder flags) {
        return config.resolve(flags.keepRuns(keepRuns.keepRuns).warehouse(warehouse.location)
                .build());
    }

    /**
     * Runs the command's steps and returns its exit code.
     *
     * @param master the --master flag, or null (local, or the cluster's under spark-submit)
     */
    int run(CommandSpec spec, HindsightConfig settings, String master,
            List<? extends StageStep<?>> steps) {
        return run(spec, settings, master, new IndexDirOption(), steps);
    }

    /** Runs steps of which one is the index stage, publishing into {@code indexDir}. */
    int run(CommandSpec spec, HindsightConfig settings, String master, IndexDirOption indexDir,
            List<? extends StageStep<?>> steps) {
        String command = spec.name();
        boolean pipeline = steps.size() > 1;
        return new StageRunner(command, spec.commandLine().getOut(), spec.commandLine().getErr(),
                pipeline).run(steps, new StageContext(command, settings, settings.warehouseLocation(),
                master, indexDir));
    }
}
