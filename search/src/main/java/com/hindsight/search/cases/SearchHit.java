package com.hindsight.search.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One document found.
 *
 * @param incidentId null for a post or complaint of no incident
 * @param channel    null for incidents and reviews
 * @param time       the record's event time (published, received, opened, reviewed); may be null
 * @param snippet    the best passage, matches marked {@value CaseSearcher#MATCH_START}…{@value
 *                   CaseSearcher#MATCH_END}, whitespace collapsed; the start of the text when the
 *                   query matched no text field (e.g. {@code kind:review})
 * @param field      the text field the snippet comes from
 */
public record SearchHit(CaseKind kind, String id, String incidentId, String channel, Instant time,
                        float score, String snippet, String field) {
    public SearchHit {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(snippet, "snippet is null");
    }
}
