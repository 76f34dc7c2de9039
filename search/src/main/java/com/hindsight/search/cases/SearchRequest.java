package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One search of the case index: a query in Lucene classic syntax and filters. Start from
 * {@link #of(String)} and narrow with the {@code with...} methods; a null filter means "any".
 *
 * @param query      classic query syntax, default operator AND (see docs/search.md)
 * @param kinds      kinds of document to return; empty = every kind
 * @param incidentId only documents of this incident
 * @param channel    only posts or complaints of this channel (lower-cased, like the data)
 * @param bank       only documents of this bank's incidents (exact name)
 * @param category   only documents of incidents of this category
 * @param from       only documents whose time is at or after this instant
 * @param to         only documents whose time is before this instant
 * @param limit      how many hits to return, best first (1 to {@value #MAX_LIMIT}); the total
 *                   and the facet counts always cover every hit
 */
public record SearchRequest(String query, Set<CaseKind> kinds, String incidentId, String channel,
                            String bank, String category, Instant from, Instant to, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query is null");
        if (query.isBlank()) {
            throw new UserErrorException("the query is empty; write *:* to match every document");
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        if (from != null && to != null && !from.isBefore(to)) {
            throw new UserErrorException("the time range is empty: from " + from
                    + " is not before to " + to);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** Every document matching {@code query}, the best {@value #DEFAULT_LIMIT} returned. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, kinds, incidentId, channel, bank, category, from, to, limit);
    }

    public SearchRequest withKinds(Set<CaseKind> newKinds) {
        return new SearchRequest(query, newKinds, incidentId, channel, bank, category, from, to, limit);
    }

    public SearchRequest withIncidentId(String newIncidentId) {
        return new SearchRequest(query, kinds, newIncidentId, channel, bank, category, from, to, limit);
    }

    public SearchRequest withChannel(String newChannel) {
        return new SearchRequest(query, kinds, incidentId, newChannel, bank, category, from, to, limit);
    }

    public SearchRequest withBank(String newBank) {
        return new SearchRequest(query, kinds, incidentId, channel, newBank, category, from, to, limit);
    }

    public SearchRequest withCategory(String newCategory) {
        return new SearchRequest(query, kinds, incidentId, channel, bank, newCategory, from, to, limit);
    }

    /** Documents whose time is in [from, to); either end may be null (open). */
    public SearchRequest withTimeRange(Instant newFrom, Instant newTo) {
        return new SearchRequest(query, kinds, incidentId, channel, bank, category, newFrom, newTo, limit);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, kinds, incidentId, channel, bank, category, from, to, newLimit);
    }
}
