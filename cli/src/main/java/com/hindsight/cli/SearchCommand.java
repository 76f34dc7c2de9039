package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.search.Synonyms;
import com.hindsight.search.cases.CaseJson;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseResults;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search past cases in the published index: has this happened before, and"
                + " what did we do? Lucene query syntax, words AND-ed, e.g. 重复扣款 致歉,"
                + " \"duplicate debit\", title:故障, kind:review 回归测试, comisión OR devolución;"
                + " a query may start with - (-演练 故障)."
                + " Prints one entry per past case (incident, bank, dates, matching posts and"
                + " complaints, best snippets with the match marked «like this», the review's root"
                + " cause and lessons), or with --hits the flat list of documents; then counts by"
                + " kind, channel, incident, category and bank. Does not start Spark;"
                + " finding nothing is not an error (exit 0)."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

    @Mixin
    IndexDirOption indexDir;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds: incident, post, complaint, review (repeat or"
                    + " comma-separate; default all).")
    List<String> kinds;

    @Option(names = "--incident", paramLabel = "ID", description = "Only documents of this incident.")
    String incident;

    @Option(names = "--channel", paramLabel = "C",
            description = "Only posts or complaints of this channel, e.g. weibo, hotline.")
    String channel;

    @Option(names = "--bank", paramLabel = "B", description = "Only documents of this bank's incidents.")
    String bank;

    @Option(names = "--category", paramLabel = "C",
            description = "Only documents of incidents of this category, e.g. system_failure.")
    String category;

    @Option(names = "--from", paramLabel = "yyyy-MM-dd", description = "Only documents on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "yyyy-MM-dd", description = "Only documents on or before this day.")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Cases (or with --hits, documents) to print (default ${DEFAULT-VALUE});"
                    + " the total and counts cover all hits.")
    int limit;

    @Option(names = "--json", description = "Print one JSON document instead of the readable list.")
    boolean json;

    @Option(names = "--hits", description = "List matching documents one by one (best first)"
            + " instead of grouping them by case.")
    boolean flat;

    @Option(names = "--synonyms", paramLabel = "FILE", description = "Your synonyms, added to the"
            + " built-in banking synonyms: one group of equivalent terms a line, comma-separated"
            + " (docs/search.md, Synonyms).")
    java.nio.file.Path synonyms;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of --from, --to and the printed times (default "
                    + HindsightConfig.DEFAULT_TIME_ZONE + ").")
    String timeZone;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "The query; several words are joined with spaces (quote phrases).")
    List<String> query;

    @Override
    public Integer call() {
        QueryArguments.rejectMistypedOptions(spec, query);
        HindsightConfig settings = config.resolve(HindsightConfig.builder().timeZone(timeZone)
                .warehouse(warehouse.location).build());
        ZoneId zone = settings.zone();
        SearchRequest request = request(zone);
        Synonyms expansions = synonyms == null ? Synonyms.builtIn() : Synonyms.withUserFile(synonyms);
        PublishedIndex index = PublishedIndex.of(indexDir.open(settings.warehouseLocation()));
        SearchReport report = new SearchReport(spec.commandLine().getOut(), zone);
        try (CaseSearcher searcher = CaseSearcher.open(index.folder(), expansions)) {
            if (flat) {
                SearchResults results = searcher.search(request);
                warn(results.warnings());
                if (json) {
                    report.printJson(CaseJson.hits(request.query(), index.runId(), results));
                } else {
                    report.print(request, results);
                }
            } else {
                CaseResults results = searcher.searchCases(request);
                warn(results.warnings());
                if (json) {
                    report.printJson(CaseJson.cases(request.query(), index.runId(), results));
                } else {
                    report.printCases(request, results);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void warn(List<String> warnings) {
        warnings.forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
        spec.commandLine().getErr().flush();
    }

    private SearchRequest request(ZoneId zone) {
        Set<CaseKind> selected = EnumSet.noneOf(CaseKind.class);
        if (kinds != null) {
            kinds.forEach(kind -> selected.add(CaseKind.of(kind)));
        }
        LocalDate fromDay = day("--from", from);
        LocalDate toDay = day("--to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new UserErrorException("--to " + toDay + " is before --from " + fromDay);
        }
        Instant start = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
        Instant end = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new UserErrorException("--limit must be between 1 and "
                    + SearchRequest.MAX_LIMIT + ": " + limit);
        }
        return SearchRequest.of(String.join(" ", query)).withKinds(selected)
                .withIncidentId(incident).withChannel(channel).withBank(bank)
                .withCategory(category).withTimeRange(start, end).withLimit(limit);
    }

    private static LocalDate day(String option, String text) {
        return Dates.parse(option, text);
    }
}
