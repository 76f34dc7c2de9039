package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;

/**
 * A search query cannot be used: bad syntax, an unknown field, or a query that can match
 * nothing. The message quotes the query and says what is wrong and where.
 */
public final class InvalidSearchQueryException extends UserErrorException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;

    InvalidSearchQueryException(String query, int position, String problem) {
        super(String.format("query \"%s\" %s", query, problem));
        this.query = query;
        this.position = position;
    }

    public String query() {
        return query;
    }

    /** The character the problem is at, counting from 1 ({@code length + 1}: at the end); 0 if unknown. */
    public int position() {
        return position;
    }
}
