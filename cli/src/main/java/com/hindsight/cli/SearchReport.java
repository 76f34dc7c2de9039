package com.hindsight.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.search.cases.SearchHit;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints search results: a readable list, or one JSON document (docs/search.md, outputs). */
final class SearchReport {
    /** Jackson, loaded only for --json: the readable list starts faster without it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
    private static final int FACET_VALUES_SHOWN = 10;

    private final PrintWriter out;
    private final DateTimeFormatter time;

    SearchReport(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    }

    void print(SearchRequest request, SearchResults results) {
        out.printf(Locale.ROOT, "%,d %s for %s%s%n", results.totalHits(),
                results.totalHits() == 1 ? "hit" : "hits", request.query(),
                results.hits().size() < results.totalHits()
                        ? " (the best " + results.hits().size() + " shown)" : "");
        int rank = 0;
        for (SearchHit hit : results.hits()) {
            out.println();
            out.printf(Locale.ROOT, "%3d. %-9s %-22s %-14s %-16s %s%n", ++rank, hit.kind().key(),
                    hit.id(), orDash(hit.incidentId()), hit.time() == null ? "-" : time.format(hit.time()),
                    orDash(hit.channel()));
            out.println("     " + hit.snippet());
        }
        if (!results.facets().isEmpty()) {
            out.println();
        }
        results.facets().forEach((dimension, counts) -> out.printf(Locale.ROOT, "by %-12s %s%n",
                dimension + ":", facetLine(counts)));
        out.flush();
    }

    void printJson(SearchRequest request, SearchResults results, String indexRun) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", request.query());
        document.put("index_run", indexRun);
        document.put("total_hits", results.totalHits());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", hit.kind().key());
            entry.put("id", hit.id());
            entry.put("incident_id", hit.incidentId());
            entry.put("channel", hit.channel());
            entry.put("time", hit.time() == null ? null : hit.time().toString());
            entry.put("score", hit.score());
            entry.put("field", hit.field());
            entry.put("snippet", hit.snippet());
            hits.add(entry);
        }
        document.put("hits", hits);
        document.put("facets", results.facets());
        try {
            out.println(Json.MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
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
