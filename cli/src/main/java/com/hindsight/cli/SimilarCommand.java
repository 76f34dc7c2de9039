package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.Synonyms;
import com.hindsight.search.cases.CaseJson;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.IncidentFigures;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SimilarRequest;
import com.hindsight.search.cases.SimilarResults;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Has this happened before? Past incidents like a description (paste it,"
                + " any language) or like an incident of the register (--incident), best first,"
                + " each with the terms that matched, key figures (posts, peak per hour, hours to"
                + " the first statement, complaints), root cause, lessons and actions. Weak"
                + " matches are left out; finding none is not an error (exit 0). Does not start"
                + " Spark."})
final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Mixin
    IndexDirOption indexDir;

    @Option(names = "--incident", paramLabel = "ID", description = "Find incidents like this one"
            + " (instead of a description).")
    String incident;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5",
            description = "At most this many incidents (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print one JSON document: {\"incidents\": [...]}.")
    boolean json;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of the printed dates (default " + HindsightConfig.DEFAULT_TIME_ZONE + ").")
    String timeZone;

    @Parameters(arity = "0..*", paramLabel = "TEXT",
            description = "The description; several words are joined with spaces. '-' reads it from"
                    + " standard input.")
    List<String> text;

    @Override
    public Integer call() throws java.io.IOException {
        QueryArguments.rejectMistypedOptions(spec, text);
        HindsightConfig settings = config.resolve(HindsightConfig.builder().timeZone(timeZone)
                .warehouse(warehouse.location).build());
        ZoneId zone = settings.zone();
        String location = settings.warehouseLocation();
        String description = description();
        if (limit < 1 || limit > SimilarRequest.MAX_LIMIT) {
            throw new UserErrorException("--limit must be between 1 and " + SimilarRequest.MAX_LIMIT + ": " + limit);
        }
        SimilarRequest request = new SimilarRequest(description, incident, limit);
        PublishedIndex index = PublishedIndex.of(indexDir.open(location));
        SimilarResults results;
        try (CaseSearcher searcher = CaseSearcher.open(index.folder(), Synonyms.none())) {
            results = searcher.similar(request, figures(location));
        }
        SimilarReport report = new SimilarReport(spec.commandLine().getOut(), zone);
        if (json) {
            spec.commandLine().getOut().println(CaseJson.similar(results));
            spec.commandLine().getOut().flush();
        } else {
            report.print(description == null ? "incident " + incident : description, results);
        }
        return ExitCodes.OK;
    }

    /**
     * The key figures come from the metrics documents of a local warehouse; a warehouse on another
     * file system is not read (that would put Hadoop on similar's path), so the incidents are
     * shown without figures and stderr says why.
     */
    private IncidentFigures figures(String location) {
        Optional<Path> local = LocalFiles.pathOf(location);
        if (local.isEmpty()) {
            spec.commandLine().getErr().println("warning: no key figures: warehouse "
                    + location + " is not a folder on this machine, and similar reads"
                    + " the metrics documents from a local warehouse only");
            spec.commandLine().getErr().flush();
            return IncidentFigures.none();
        }
        return IncidentFigures.of(Warehouse.local(local.get()));
    }

    private String description() throws java.io.IOException {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.size() == 1 && text.get(0).equals("-")) {
            return new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return String.join(" ", text);
    }
}
