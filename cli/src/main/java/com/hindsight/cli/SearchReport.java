package com.hindsight.cli;

import com.hindsight.search.cases.CaseGroup;
import com.hindsight.search.cases.CaseResults;
import com.hindsight.search.cases.SearchHit;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints search results: cases or a flat list, readable or JSON (docs/search.md, outputs). */
final class SearchReport {
    private static final int FACET_VALUES_SHOWN = 10;

    private final PrintWriter out;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    SearchReport(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(zone);
    }

    void print(SearchRequest request, SearchResults results) {
        out.printf(Locale.ROOT, "%,d %s for %s%s%n", results.totalHits(),
                results.totalHits() == 1 ? "hit" : "hits", request.query(),
                results.hits().size() < results.totalHits()
                        ? " (the best " + results.hits().size() + " shown)" : "");
        didYouMean(results.didYouMean());
        int rank = 0;
        for (SearchHit hit : results.hits()) {
            out.println();
            out.printf(Locale.ROOT, "%3d. %-9s %-22s %-14s %-16s %s%n", ++rank, hit.kind().key(),
                    hit.id(), orDash(hit.incidentId()), hit.time() == null ? "-" : time.format(hit.time()),
                    orDash(hit.channel()));
            out.println("     " + hit.snippet());
        }
        facets(results.facets());
        out.flush();
    }

    /** A JSON document made by {@link com.hindsight.search.cases.CaseJson}. */
    void printJson(String json) {
        out.println(json);
        out.flush();
    }

    void printCases(SearchRequest request, CaseResults results) {
        out.printf(Locale.ROOT, "%,d %s in %,d %s for %s%s%n", results.totalHits(),
                results.totalHits() == 1 ? "document" : "documents", results.totalCases(),
                results.totalCases() == 1 ? "case" : "cases", request.query(),
                results.cases().size() < results.totalCases()
                        ? " (the best " + results.cases().size() + " shown)" : "");
        didYouMean(results.didYouMean());
        int rank = 0;
        for (CaseGroup group : results.cases()) {
            out.println();
            out.printf(Locale.ROOT, "%2d. %s  %s%n", ++rank, group.incidentId(), orDash(group.title()));
            out.printf(Locale.ROOT, "    %s · %s · %s to %s%n", orDash(group.bank()), orDash(group.category()),
                    group.openedAt() == null ? "-" : day.format(group.openedAt()),
                    group.closedAt() == null ? "open" : day.format(group.closedAt()));
            out.printf(Locale.ROOT, "    matches: %s%,d posts, %,d complaints (%,d documents)%n",
                    (group.incidentMatched() ? "the incident, " : "") + (group.reviewMatched() ? "its review, " : ""),
                    group.matchingPosts(), group.matchingComplaints(), group.matchingDocuments());
            for (SearchHit hit : group.hits()) {
                out.printf(Locale.ROOT, "    - %s %s: %s%n", hit.kind().key(), hit.id(), hit.snippet());
            }
            if (group.rootCause() != null) {
                out.println("    root cause: " + group.rootCause());
            }
            for (String lesson : group.lessons()) {
                out.println("    lesson: " + lesson);
            }
        }
        if (results.unlinkedHits() > 0) {
            out.println();
            out.printf(Locale.ROOT, "%,d matching posts and complaints belong to no incident (--hits lists them)%n",
                    results.unlinkedHits());
        }
        facets(results.facets());
        out.flush();
    }

    private void didYouMean(String suggestion) {
        if (suggestion != null) {
            out.println("did you mean: " + suggestion);
        }
    }

    private void facets(Map<String, Map<String, Long>> facets) {
        if (!facets.isEmpty()) {
            out.println();
        }
        facets.forEach((dimension, counts) -> out.printf(Locale.ROOT, "by %-12s %s%n",
                dimension + ":", facetLine(counts)));
    }

    private static String facetLine(Map<String, Long> counts) {
        String shown = counts.entrySet().stream().limit(FACET_VALUES_SHOWN)
                .map(entry -> entry.getKey() + " " + String.format(Locale.ROOT, "%,d", entry.getValue()))
                .collect(Collectors.joining(" · "));
        int more = counts.size() - FACET_VALUES_SHOWN;
        return more > 0 ? shown + " · (" + more + " more)" : shown;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
