package com.hindsight.bench;

import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
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
 * QueryLatency INDEX_FOLDER QUERIES_FILE [ROUNDS]
 * </pre>
 *
 * <p>Every query of the file is run once to warm up (class loading, JIT, page cache), then the
 * whole list ROUNDS times (default 20) in file order; every timed search counts. Prints one line
 * per query (p50, max, total hits) and a last line {@code lucene step=query ...} with p50/p90/p99
 * over all timed searches, which bench/run records.
 */
public final class QueryLatency {
    private static final int DEFAULT_ROUNDS = 20;

    private QueryLatency() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: QueryLatency INDEX_FOLDER QUERIES_FILE [ROUNDS]");
            System.exit(2);
        }
        List<String> queries = readQueries(Path.of(args[1]));
        int rounds = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_ROUNDS;
        try (CaseSearcher searcher = CaseSearcher.open(Path.of(args[0]))) {
            long[] totals = new long[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                totals[q] = search(searcher, queries.get(q)).totalHits();
            }
            double[][] millis = new double[queries.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < queries.size(); q++) {
                    long start = System.nanoTime();
                    search(searcher, queries.get(q));
                    millis[q][r] = (System.nanoTime() - start) / 1e6;
                }
            }
            double[] all = new double[queries.size() * rounds];
            for (int q = 0; q < queries.size(); q++) {
                double[] times = millis[q].clone();
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-28s p50 %8.2f ms  max %8.2f ms  hits %,d%n",
                        queries.get(q), nearestRank(times, 50), times[times.length - 1], totals[q]);
                System.arraycopy(times, 0, all, q * rounds, rounds);
            }
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "lucene step=query docs=%d queries=%d searches=%d p50_ms=%.2f"
                            + " p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", searcher.documentCount(),
                    queries.size(), all.length, nearestRank(all, 50), nearestRank(all, 90),
                    nearestRank(all, 99), all[all.length - 1]);
        }
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
