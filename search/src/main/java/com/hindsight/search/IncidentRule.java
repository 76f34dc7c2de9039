package com.hindsight.search;

import java.io.Serializable;
import java.util.Objects;

/**
 * What assigns a record to an incident: the incident's Lucene query and its time window.
 *
 * <p>Plain data, serialisable, so that Spark can ship a list of rules to its tasks; each task then
 * compiles them with {@link IncidentQueryMatcher#compile}.
 *
 * @param incidentId        the incident's id in the register, e.g. {@code INC-7}
 * @param query             a Lucene classic query over the fields {@code text} (the default) and
 *                          {@code title}; blank when the incident has no query, which then matches
 *                          no record
 * @param windowStartMillis first instant of the window, epoch milliseconds, inclusive
 * @param windowEndMillis   last instant of the window, epoch milliseconds, inclusive
 * @param openedAtMillis    when the incident was opened; breaks ties between matching incidents
 */
public record IncidentRule(String incidentId, String query, long windowStartMillis,
                           long windowEndMillis, long openedAtMillis) implements Serializable {

    public IncidentRule {
        Objects.requireNonNull(incidentId, "incidentId is null");
        Objects.requireNonNull(query, "query is null");
        if (incidentId.isBlank()) {
            throw new IllegalArgumentException("incidentId is blank");
        }
        if (windowEndMillis < windowStartMillis) {
            throw new IllegalArgumentException(String.format(
                    "incident %s: window ends (%d) before it starts (%d)",
                    incidentId, windowEndMillis, windowStartMillis));
        }
    }

    /** Whether the timestamp lies in [windowStartMillis, windowEndMillis], both ends included. */
    public boolean windowContains(long timestampMillis) {
        return timestampMillis >= windowStartMillis && timestampMillis <= windowEndMillis;
    }

    /** Whether this rule has a query at all; a rule without one matches no record. */
    public boolean hasQuery() {
        return !query.isBlank();
    }
}
