package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.SearchRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.util.Fields;

/**
 * The search form's fields, from a request's query string, checked: the query at most
 * {@link #MAX_QUERY_CHARS} characters, dates as yyyy-MM-dd, known kinds.
 */
record SearchForm(String query, List<String> kinds, String incident, String channel, String bank,
                  String category, String from, String to) {
    static final int MAX_QUERY_CHARS = 500;
    static final int MAX_FILTER_CHARS = 100;

    static SearchForm of(Fields fields) {
        String query = value(fields, "q", MAX_QUERY_CHARS);
        List<String> kinds = new ArrayList<>();
        for (String kind : fields.getValues("kind") == null ? List.<String>of() : fields.getValues("kind")) {
            if (kind != null && !kind.isBlank()) {
                kinds.add(value(kind, "kind", MAX_FILTER_CHARS));
            }
        }
        return new SearchForm(query, List.copyOf(kinds), value(fields, "incident", MAX_FILTER_CHARS),
                value(fields, "channel", MAX_FILTER_CHARS), value(fields, "bank", MAX_FILTER_CHARS),
                value(fields, "category", MAX_FILTER_CHARS), value(fields, "from", MAX_FILTER_CHARS),
                value(fields, "to", MAX_FILTER_CHARS));
    }

    boolean hasQuery() {
        return query != null;
    }

    boolean hasFilters() {
        return !kinds.isEmpty() || incident != null || channel != null || bank != null
                || category != null || from != null || to != null;
    }

    /** The search request of this form; a user error for a bad kind or date. */
    SearchRequest request(ZoneId zone, int limit) {
        Set<CaseKind> selected = EnumSet.noneOf(CaseKind.class);
        kinds.forEach(kind -> selected.add(CaseKind.of(kind)));
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        return SearchRequest.of(query).withKinds(selected).withIncidentId(incident)
                .withChannel(channel).withBank(bank).withCategory(category)
                .withTimeRange(fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                        toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant())
                .withLimit(limit);
    }

    private static LocalDate day(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserErrorException(name + " must be a day as yyyy-MM-dd: " + text);
        }
    }

    /** The stripped value of a field; null when absent or blank; a user error when too long. */
    static String value(Fields fields, String name, int maxChars) {
        return value(fields.getValue(name), name, maxChars);
    }

    private static String value(String raw, String name, int maxChars) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > maxChars) {
            throw new TooLongException(name, maxChars);
        }
        return value;
    }

    /** A field longer than allowed. */
    static final class TooLongException extends UserErrorException {
        private final int maxChars;

        TooLongException(String field, int maxChars) {
            super(field + " is too long: at most " + maxChars + " characters");
            this.maxChars = maxChars;
        }

        int maxChars() {
            return maxChars;
        }
    }
}
