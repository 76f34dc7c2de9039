package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;

/**
 * "Has this happened before?": a description of a new incident, or the id of a past one.
 *
 * @param text       the description; null when {@code incidentId} is given
 * @param incidentId the incident to find others like; null when {@code text} is given
 * @param limit      at most this many incidents (1 to {@value #MAX_LIMIT})
 */
public record SimilarRequest(String text, String incidentId, int limit) {
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 100;
    /** Longer descriptions are cut: the first part says what happened. */
    public static final int MAX_TEXT_CHARS = 20_000;

    public SimilarRequest {
        boolean hasText = text != null && !text.isBlank();
        boolean hasIncident = incidentId != null && !incidentId.isBlank();
        if (hasText == hasIncident) {
            throw new UserErrorException("give either a description or an incident id, not "
                    + (hasText ? "both" : "neither"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new UserErrorException("the limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (hasText && text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
    }

    public static SimilarRequest ofText(String text) {
        return new SimilarRequest(text, null, DEFAULT_LIMIT);
    }

    public static SimilarRequest ofIncident(String incidentId) {
        return new SimilarRequest(null, incidentId, DEFAULT_LIMIT);
    }

    public SimilarRequest withLimit(int newLimit) {
        return new SimilarRequest(text, incidentId, newLimit);
    }
}
