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
 */
public record SearchResults(long totalHits, List<SearchHit> hits,
                            Map<String, Map<String, Long>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((dimension, counts) -> copy.put(dimension,
                Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }
}
