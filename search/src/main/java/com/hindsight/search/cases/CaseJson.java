package com.hindsight.search.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of search and similar answers, one place for the command line ({@code --json}) and
 * the web API, so both return the same documents (docs/search.md, "JSON"). Times are UTC
 * ISO-8601; absent values are null. Thread-safe.
 */
public final class CaseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CaseJson() {
    }

    /** Grouped results: {@code {"query", "index_run", "total_hits", "total_cases", "cases": [...], ...}}. */
    public static String cases(String query, String indexRun, CaseResults results) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", query);
        document.put("index_run", indexRun);
        document.put("total_hits", results.totalHits());
        document.put("total_cases", results.totalCases());
        document.put("unlinked_hits", results.unlinkedHits());
        document.put("warnings", results.warnings());
        document.put("did_you_mean", results.didYouMean());
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseGroup group : results.cases()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("incident_id", group.incidentId());
            entry.put("title", group.title());
            entry.put("bank", group.bank());
            entry.put("category", group.category());
            entry.put("opened_at", time(group.openedAt()));
            entry.put("closed_at", time(group.closedAt()));
            entry.put("score", group.score());
            entry.put("matching_documents", group.matchingDocuments());
            entry.put("matching_posts", group.matchingPosts());
            entry.put("matching_complaints", group.matchingComplaints());
            entry.put("incident_matched", group.incidentMatched());
            entry.put("review_matched", group.reviewMatched());
            entry.put("summary", group.summary());
            entry.put("root_cause", group.rootCause());
            entry.put("lessons", group.lessons());
            entry.put("hits", group.hits().stream().map(CaseJson::hit).toList());
            cases.add(entry);
        }
        document.put("cases", cases);
        document.put("facets", results.facets());
        return write(document);
    }

    /** The flat list ({@code --hits}): {@code {"query", "index_run", "total_hits", "hits": [...], "facets"}}. */
    public static String hits(String query, String indexRun, SearchResults results) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("query", query);
        document.put("index_run", indexRun);
        document.put("total_hits", results.totalHits());
        document.put("warnings", results.warnings());
        document.put("did_you_mean", results.didYouMean());
        document.put("hits", results.hits().stream().map(CaseJson::hit).toList());
        document.put("facets", results.facets());
        return write(document);
    }

    /**
     * {@code {"incidents": [{"incident_id", "score", "title", "category", "bank", "matched_terms",
     * "root_cause", "lessons", "actions", ...}]}}: the one top-level key, as issue #11 specifies.
     */
    public static String similar(SimilarResults results) {
        Map<String, Object> document = new LinkedHashMap<>();
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (SimilarIncident incident : results.incidents()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("incident_id", incident.incidentId());
            entry.put("score", incident.score());
            entry.put("coverage", Math.round(incident.coverage() * 1000) / 1000.0);
            entry.put("title", incident.title());
            entry.put("category", incident.category());
            entry.put("bank", incident.bank());
            entry.put("opened_at", time(incident.openedAt()));
            entry.put("closed_at", time(incident.closedAt()));
            entry.put("matched_terms", incident.matchedTerms());
            KeyFigures figures = incident.figures();
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("posts", figures.posts());
            key.put("peak_posts_per_hour", figures.peakPostsPerHour());
            key.put("hours_to_first_statement", figures.hoursToFirstStatement() == null ? null
                    : Math.round(figures.hoursToFirstStatement() * 100) / 100.0);
            key.put("complaints", figures.complaints());
            entry.put("key_figures", key);
            entry.put("root_cause", incident.rootCause());
            entry.put("lessons", incident.lessons());
            List<Map<String, Object>> actions = new ArrayList<>();
            for (ReviewRecord.ActionItem action : incident.actions()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("title", action.title());
                item.put("owner", action.owner());
                item.put("due", action.due() == null ? null : action.due().toString());
                item.put("status", action.status());
                actions.add(item);
            }
            entry.put("actions", actions);
            incidents.add(entry);
        }
        document.put("incidents", incidents);
        return write(document);
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", hit.kind().key());
        entry.put("id", hit.id());
        entry.put("incident_id", hit.incidentId());
        entry.put("channel", hit.channel());
        entry.put("time", time(hit.time()));
        entry.put("score", hit.score());
        entry.put("field", hit.field());
        entry.put("snippet", hit.snippet());
        return entry;
    }

    private static String time(Instant time) {
        return time == null ? null : time.toString();
    }

    private static String write(Map<String, Object> document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
