package com.hindsight.search;

/**
 * An incident's query cannot be used: bad Lucene syntax, an unknown field, or a query that could
 * never match. The message names the incident, quotes the query and says what is wrong.
 */
public final class InvalidIncidentQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String incidentId;
    private final String query;

    InvalidIncidentQueryException(String incidentId, String query, String problem) {
        super(String.format("incident %s: query \"%s\" %s", incidentId, query, problem));
        this.incidentId = incidentId;
        this.query = query;
    }

    public String incidentId() {
        return incidentId;
    }

    public String query() {
        return query;
    }
}
