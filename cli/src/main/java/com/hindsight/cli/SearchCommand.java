package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.CaseKind;
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
                + " \"duplicate debit\", title:故障, kind:review 回归测试, comisión OR devolución."
                + " Prints the best hits with the match marked «like this», the total and counts"
                + " by kind, channel, incident, category and bank. Does not start Spark;"
                + " finding nothing is not an error (exit 0)."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    ConfigOption config;

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
            description = "Hits to print (default ${DEFAULT-VALUE}); the total and counts cover all hits.")
    int limit;

    @Option(names = "--json", description = "Print one JSON document instead of the readable list.")
    boolean json;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of --from, --to and the printed times (default "
                    + HindsightConfig.DEFAULT_TIME_ZONE + ").")
    String timeZone;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "The query; several words are joined with spaces (quote phrases).")
    List<String> query;

    @Override
    public Integer call() {
        ZoneId zone = config.resolve(HindsightConfig.builder().timeZone(timeZone).build()).zone();
        SearchRequest request = request(zone);
        PublishedIndex index = PublishedIndex.of(localWarehouse());
        SearchResults results;
        try (CaseSearcher searcher = CaseSearcher.open(index.folder())) {
            results = searcher.search(request);
        }
        SearchReport report = new SearchReport(spec.commandLine().getOut(), zone);
        if (json) {
            report.printJson(request, results, index.runId());
        } else {
            report.print(request, results);
        }
        return ExitCodes.OK;
    }

    /** The warehouse, opened without Hadoop: the index is always on this machine. */
    private Warehouse localWarehouse() {
        return Warehouse.local(LocalFiles.pathOf(warehouse.location).orElseThrow(() ->
                new UserErrorException("warehouse " + warehouse.location + " is not a folder on"
                        + " this machine; " + PublishedIndex.NEEDS_LOCAL + " needs a local"
                        + " warehouse (a path, not a URI)")));
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
