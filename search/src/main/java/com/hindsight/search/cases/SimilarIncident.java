package com.hindsight.search.cases;

import java.time.Instant;
import java.util.List;

/**
 * A past incident like the one described, with what it teaches.
 *
 * @param score        the similarity (higher is closer; comparable within one answer only)
 * @param coverage     the share (0 to 1) of the description's weighted terms found in the
 *                     incident's documents; answers below {@link SimilarIncidents#MIN_COVERAGE}
 *                     are left out
 * @param matchedTerms the description's terms found in the incident's documents, most telling first
 * @param figures      from the published analyze run; {@link KeyFigures#UNKNOWN} without one
 * @param actions      the review's action items in full; empty without a review
 */
public record SimilarIncident(String incidentId, float score, double coverage, String title,
                              String category, String bank, Instant openedAt, Instant closedAt,
                              List<String> matchedTerms, KeyFigures figures, String rootCause,
                              List<String> lessons, List<ReviewRecord.ActionItem> actions) {
    public SimilarIncident {
        matchedTerms = List.copyOf(matchedTerms);
        lessons = List.copyOf(lessons);
        actions = List.copyOf(actions);
    }
}
