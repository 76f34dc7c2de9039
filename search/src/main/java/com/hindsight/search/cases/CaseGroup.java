package com.hindsight.search.cases;

import java.time.Instant;
import java.util.List;

/**
 * One past case in grouped search results: the incident, how much of it matched, its best
 * snippets and what its review concluded.
 *
 * @param openedAt           null when the index has no incident document for the id
 * @param closedAt           null while open (or unknown)
 * @param score              the best score among the incident's matching documents
 * @param matchingDocuments  every matching document of the incident (all kinds)
 * @param matchingPosts      of which posts
 * @param matchingComplaints of which complaints
 * @param incidentMatched    whether the incident's own document (title, terms, summary, timeline) matched
 * @param reviewMatched      whether its review matched
 * @param hits               the best matching documents of the incident (at most
 *                           {@link CaseSearcher#SNIPPETS_PER_CASE}), incident and review first
 * @param rootCause          from the review; null without one
 * @param lessons            from the review; empty without one
 */
public record CaseGroup(String incidentId, String title, String bank, String category,
                        Instant openedAt, Instant closedAt, String summary, float score,
                        long matchingDocuments, long matchingPosts, long matchingComplaints,
                        boolean incidentMatched, boolean reviewMatched, List<SearchHit> hits,
                        String rootCause, List<String> lessons) {
    public CaseGroup {
        hits = List.copyOf(hits);
        lessons = List.copyOf(lessons);
    }
}
