package com.hindsight.search.cases;

import java.util.List;
import java.util.Map;

/**
 * What a grouped search found ({@link CaseSearcher#searchCases}): one entry per past case.
 *
 * @param totalHits       every matching document
 * @param totalCases      every incident with at least one matching document
 * @param cases           the best cases, at most the request's limit: cases whose incident or
 *                        review matched first (by score), then by matching documents
 * @param unlinkedHits    matching posts and complaints of no incident (not in any case)
 * @param facets          as in {@link SearchResults#facets()}
 * @param warnings        what the user should know (an unknown kind or incident id)
 * @param didYouMean      the query with misspelt Latin words corrected; null when none is.
 *                        When the query found nothing, these cases are those of the corrected
 *                        query (and a warning says so)
 */
public record CaseResults(long totalHits, long totalCases, List<CaseGroup> cases, long unlinkedHits,
                          Map<String, Map<String, Long>> facets, List<String> warnings,
                          String didYouMean) {
    public CaseResults {
        cases = List.copyOf(cases);
        warnings = List.copyOf(warnings);
    }
}
