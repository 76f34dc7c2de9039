package com.hindsight.search.cases;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The readings of a query a search tries in turn, until one finds something; each but the
 * first comes with the warning that tells the user what was searched instead:
 *
 * <ol>
 *   <li>the query as written;</li>
 *   <li>with misspelt Latin words corrected ("did you mean"), when some are;</li>
 *   <li>with unquoted compounds read as their words anywhere in one field
 *       (理财承诺保本 as 理财 承诺 保本);</li>
 *   <li>with all but one of its top-level words required (long queue at the branch finds
 *       documents with queue and branch), when it has at least two and no OR or NOT.</li>
 * </ol>
 *
 * Readings that parse to the same query as an earlier one are skipped.
 */
final class QueryReadings {
    record Reading(String text, Query query, String warning) {
    }

    private QueryReadings() {
    }

    static List<Reading> of(CaseSearcher searcher, String query, Query parsed, String suggestion) {
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(query, parsed, null));
        String text = query;
        if (suggestion != null) {
            text = suggestion;
            add(readings, new Reading(suggestion, searcher.parse(suggestion), "nothing matches \"" + query
                    + "\"; showing results for \"" + suggestion + "\""));
        }
        Query relaxed = searcher.parseRelaxed(text);
        add(readings, new Reading(text, relaxed, "nothing matches \"" + query + "\" as written; showing"
                + " documents that hold the words of each unquoted compound anywhere in one field"
                + " (write them apart, 理财 承诺 保本, to search so; quote a phrase to keep it)"));
        Query mostWords = allButOne(relaxed);
        if (mostWords != null) {
            add(readings, new Reading(text, mostWords, "nothing matches all the words of \"" + query
                    + "\"; showing documents that hold all of them but one"));
        }
        return readings;
    }

    private static void add(List<Reading> readings, Reading reading) {
        if (readings.stream().noneMatch(earlier -> earlier.query().equals(reading.query()))) {
            readings.add(reading);
        }
    }

    /** Null unless the query is a plain AND of at least two clauses. */
    private static Query allButOne(Query query) {
        if (!(query instanceof BooleanQuery bool) || bool.clauses().size() < 2
                || !bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.MUST)) {
            return null;
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) {
            most.add(clause.getQuery(), Occur.SHOULD);
        }
        return most.setMinimumNumberShouldMatch(bool.clauses().size() - 1).build();
    }
}
