package com.hindsight.cli;

import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.warehouse.Warehouses;
import com.hindsight.playbook.DrillComparison;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.playbook.PlaybookScore;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight playbook}: how each incident and drill of the published analyze run followed
 * the playbook, and drills against real incidents. Reads the run; writes nothing, takes no lock,
 * starts no Spark.
 */
@Command(name = "playbook", mixinStandardHelpOptions = true,
        description = {"Print how each incident and drill followed the playbook, from the"
                + " published analyze run: every step met, late (by how much), early (before its"
                + " reference point), missed or not required; actions the playbook lacks; roles"
                + " that never acted; each drill inject's reaction time or unanswered; then"
                + " drills against real incidents of the same category, step by step."
                + " --playbook FILE re-scores against another playbook without rerunning analyze."
                + " Writes nothing; no Spark."})
final class PlaybookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Option(names = "--incident", paramLabel = "ID",
            description = "Only this incident or drill, and the comparison of its category.")
    String incident;

    @Option(names = "--playbook", paramLabel = "FILE",
            description = "Re-score against this playbook (YAML or JSON, docs/playbooks.md) instead"
                    + " of printing the scores analyze published.")
    Path playbook;

    @Option(names = "--json", description = "Print one JSON document instead of the tables.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig settings = config.resolve(HindsightConfig.builder()
                .warehouse(warehouse.location).build());
        ZoneId zone = settings.zone();
        PublishedRun run = open(settings.warehouseLocation()).requireCurrentRun(Stage.ANALYZE);
        PublishedScores all = playbook == null ? PublishedScores.published(run)
                : PublishedScores.rescored(run, PlaybookFile.load(playbook));
        List<PlaybookScore> selected = all.select(incident, run);
        List<DrillComparison.Row> comparison = DrillComparison.of(all.scores());
        if (incident != null) {
            String category = selected.get(0).category();
            comparison = comparison.stream()
                    .filter(row -> row.category().equals(category)).toList();
        }
        PlaybookReport report = new PlaybookReport(spec.commandLine().getOut(), zone);
        String source = playbook == null ? "as published by analyze run " + run.runId()
                : "re-scored against " + playbook + " from analyze run " + run.runId();
        if (json) {
            report.printJson(all.playbook(), run.runId(), playbook, selected, comparison);
        } else {
            report.print(all.playbook(), source, selected, comparison);
        }
        return ExitCodes.OK;
    }

    /** A local warehouse opens without Hadoop; a URI through Hadoop's default configuration. */
    private static Warehouse open(String location) {
        return LocalFiles.pathOf(location).map(Warehouse::local)
                .orElseGet(() -> Warehouses.open(location,
                        new org.apache.hadoop.conf.Configuration()));
    }
}
