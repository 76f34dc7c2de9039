package com.hindsight.search.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param totalHits every matching document, exact (not only the returned hits)
 * @param hits      the best hits, at most the request's limit: by score, then newest first, then
 *                  by kind and id, so the order is the same on every index of the same data
 * @param facets    per dimension of {@link CaseIndexSchema#FACET_FIELDS}, in that order, the
 *                  number of matching documents per value, most first (ties by value); a
 *                  dimension no matching document has is absent
 * @param warnings  what the user should know (an unknown kind or incident id in the query or filters)
 * @param didYouMean the query with misspelt Latin words corrected; null when none is. When the
 *                  query found nothing, these results are those of the corrected query (and a
 *                  warning says so)
 */
public record SearchResults(long totalHits, List<SearchHit> hits,
                            Map<String, Map<String, Long>> facets, List<String> warnings,
                            String didYouMean) {
    public SearchResults {
        hits = List.copyOf(hits);
        warnings = List.copyOf(warnings);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((dimension, counts) -> copy.put(dimension,
                Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }

    /** Results without warnings or suggestion. */
    public SearchResults(long totalHits, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(totalHits, hits, facets, List.of(), null);
    }
}
