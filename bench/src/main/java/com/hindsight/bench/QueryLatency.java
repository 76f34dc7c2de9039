package com.hindsight.bench;

import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.IncidentFigures;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import com.hindsight.search.cases.SimilarRequest;
import java.util.function.ToLongFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Query latency of the case index, as a reviewer meets it: each search is what
 * {@code hindsight search} runs (parse, filter, top 10 hits with highlighted snippets, facet
 * counts over every hit), in one warm JVM with the index opened once.
 *
 * <pre>
 * QueryLatency INDEX_FOLDER QUERIES_FILE [ROUNDS [DESCRIPTIONS_FILE]]
 * </pre>
 *
 * <p>Every query of the file is run once to warm up (class loading, JIT, page cache), then the
 * whole list ROUNDS times (default 20) in file order; every timed search counts. Three measures,
 * each a line per query (p50, max, total) and a summary line with p50/p90/p99 over all timed
 * runs, which bench/run records:
 * <ul>
 *   <li>{@code lucene step=query}: the flat list ({@code hindsight search --hits});</li>
 *   <li>{@code lucene step=cases}: results grouped by case, what {@code hindsight search} prints
 *       by default (several searches per query: see CaseGrouping);</li>
 *   <li>{@code lucene step=similar}: {@code hindsight similar} for each description of
 *       DESCRIPTIONS_FILE (one a line; default bench/descriptions.txt beside the queries).</li>
 * </ul>
 */
public final class QueryLatency {
    private static final int DEFAULT_ROUNDS = 20;

    private QueryLatency() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: QueryLatency INDEX_FOLDER QUERIES_FILE [ROUNDS [DESCRIPTIONS_FILE]]");
            System.exit(2);
        }
        List<String> queries = readQueries(Path.of(args[1]));
        int rounds = args.length >= 3 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        Path descriptionsFile = args.length == 4 ? Path.of(args[3])
                : Path.of(args[1]).resolveSibling("descriptions.txt");
        List<String> descriptions = Files.exists(descriptionsFile) ? readQueries(descriptionsFile) : List.of();
        try (CaseSearcher searcher = CaseSearcher.open(Path.of(args[0]))) {
            measure("query", searcher, queries, rounds, query -> search(searcher, query).totalHits());
            measure("cases", searcher, queries, rounds, query -> searcher.searchCases(
                    SearchRequest.of(query)).totalCases());
            if (!descriptions.isEmpty()) {
                measure("similar", searcher, descriptions, rounds, text -> searcher.similar(
                        SimilarRequest.ofText(text), IncidentFigures.none()).incidents().size());
            }
        }
    }

    /** Times {@code run} over the inputs, prints a line per input and the summary line of {@code step}. */
    private static void measure(String step, CaseSearcher searcher, List<String> inputs, int rounds,
                                ToLongFunction<String> run) {
        long[] totals = new long[inputs.size()];
        for (int q = 0; q < inputs.size(); q++) {
            totals[q] = run.applyAsLong(inputs.get(q));
        }
        double[][] millis = new double[inputs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < inputs.size(); q++) {
                long start = System.nanoTime();
                run.applyAsLong(inputs.get(q));
                millis[q][r] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] all = new double[inputs.size() * rounds];
        for (int q = 0; q < inputs.size(); q++) {
            double[] times = millis[q].clone();
            Arrays.sort(times);
            String label = inputs.get(q).length() > 28 ? inputs.get(q).substring(0, 27) + "…" : inputs.get(q);
            System.out.printf(Locale.ROOT, "%-7s %-28s p50 %8.2f ms  max %8.2f ms  total %,d%n", step,
                    label, nearestRank(times, 50), times[times.length - 1], totals[q]);
            System.arraycopy(times, 0, all, q * rounds, rounds);
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "lucene step=%s docs=%d queries=%d searches=%d p50_ms=%.2f"
                        + " p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", step, searcher.documentCount(),
                inputs.size(), all.length, nearestRank(all, 50), nearestRank(all, 90),
                nearestRank(all, 99), all[all.length - 1]);
    }

    private static SearchResults search(CaseSearcher searcher, String query) {
        return searcher.search(SearchRequest.of(query));
    }

    /** The nearest-rank percentile of sorted values (the same definition as docs/metrics.md). */
    static double nearestRank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static List<String> readQueries(Path file) throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String query = line.strip();
            if (!query.isEmpty() && !query.startsWith("#")) {
                queries.add(query);
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no query");
        }
        return queries;
    }
}
