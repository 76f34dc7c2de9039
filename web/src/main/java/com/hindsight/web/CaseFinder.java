package com.hindsight.web;

import com.hindsight.search.cases.CaseGroup;
import com.hindsight.search.cases.CaseResults;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SimilarResults;
import java.util.Optional;

/**
 * What the case room asks of the search module, over the open case index of the current index
 * run: grouped search and similar incidents, each with the JSON the command line prints for the
 * same question ({@code hindsight search --json}, {@code hindsight similar --json}), which the
 * API returns as it is.
 */
interface CaseFinder {
    /** Grouped results, and the JSON of {@code hindsight search --json}. */
    Found search(SearchRequest request);

    /** Past incidents like the description, and the JSON of {@code hindsight similar --json}. */
    Similar similar(String description, int limit);

    /** Past incidents like a past one (itself left out); empty when the index lacks it. */
    Optional<SimilarResults> similarTo(String incidentId, int limit);

    /** The incident as grouped results show it (title, dates, summary, review), if indexed. */
    Optional<CaseGroup> incident(String incidentId);

    record Found(CaseResults results, String json) {
    }

    record Similar(SimilarResults results, String json) {
    }
}
