package com.hindsight.search.cases;

import java.util.List;

/**
 * The answer of {@link CaseSearcher#similar}.
 *
 * @param terms     the description's most telling terms, as the index holds them (words are
 *                  stemmed, Chinese also as bigrams), most telling first
 * @param incidents the similar past incidents, best first; empty when none clears the floor
 */
public record SimilarResults(List<String> terms, List<SimilarIncident> incidents) {
    public SimilarResults {
        terms = List.copyOf(terms);
        incidents = List.copyOf(incidents);
    }
}
