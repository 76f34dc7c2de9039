package com.hindsight.web;

import com.hindsight.search.cases.SearchHit;
import com.hindsight.search.cases.SearchRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the case room asks of the search module: grouped search, similar incidents, and the
 * JSON the command line prints for both (the API returns exactly that). One implementation,
 * {@link IndexCaseFinder}, over the open case index of the current index run.
 */
interface CaseFinder {
    /** Grouped results and the command line's JSON of the same search. */
    Found search(SearchRequest request);

    /** Past incidents like the description, and the command line's JSON of the answer. */
    Similar similar(String description);

    /** Past incidents like a past one (itself left out). */
    Similar similarTo(String incidentId);

    /** The incident's summary as the register holds it, if the index has the incident. */
    Optional<String> summary(String incidentId);

    /** The index run searched. */
    String indexRun();

    /** One case of grouped results. */
    record FoundCase(String incidentId, String title, String bank, String category, Instant openedAt,
                     Instant closedAt, long matchingDocuments, long matchingPosts,
                     long matchingComplaints, boolean incidentMatched, boolean reviewMatched,
                     List<SearchHit> hits, String rootCause, List<String> lessons) {
    }

    /** Grouped results. */
    record Found(long totalHits, long totalCases, List<FoundCase> cases, long unlinkedHits,
                 Map<String, Map<String, Long>> facets, List<String> warnings, String didYouMean,
                 String json) {
    }

    /** A similar past incident. */
    record SimilarCase(String incidentId, String title, String bank, String category,
                       Instant openedAt, float score, List<String> matchedTerms, String rootCause,
                       List<String> lessons) {
    }

    /** The answer of a similar search. */
    record Similar(List<String> terms, List<SimilarCase> incidents, String json) {
    }
}
