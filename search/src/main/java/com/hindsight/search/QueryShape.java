package com.hindsight.search;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a parsed query searches, for the checks the parser does not make: the fields it names
 * (NOT clauses included), how many leaves (terms, phrases, wildcards, {@code *:*}) survived
 * analysis, and whether a group holds only NOT clauses (which matches nothing in Lucene).
 */
public final class QueryShape {
    private final Set<String> fields;
    private final int searchableLeaves;
    private final boolean groupOfOnlyNotClauses;

    private QueryShape(Set<String> fields, int searchableLeaves, boolean groupOfOnlyNotClauses) {
        this.fields = Collections.unmodifiableSet(fields);
        this.searchableLeaves = searchableLeaves;
        this.groupOfOnlyNotClauses = groupOfOnlyNotClauses;
    }

    public static QueryShape of(Query query) {
        Objects.requireNonNull(query, "query is null");
        Visitor visitor = new Visitor();
        query.visit(visitor);
        return new QueryShape(visitor.fields, visitor.searchableLeaves, hasGroupOfOnlyNotClauses(query));
    }

    /** Every field the query names, sorted. */
    public Set<String> fields() {
        return fields;
    }

    /** 0 when analysis left nothing to search (only stop words or punctuation). */
    public int searchableLeaves() {
        return searchableLeaves;
    }

    /** Whether some boolean group, at any depth, is made only of NOT clauses. */
    public boolean hasGroupOfOnlyNotClauses() {
        return groupOfOnlyNotClauses;
    }

    private static boolean hasGroupOfOnlyNotClauses(Query query) {
        if (query instanceof BoostQuery boost) {
            return hasGroupOfOnlyNotClauses(boost.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            List<BooleanClause> clauses = bool.clauses();
            boolean onlyNot = !clauses.isEmpty()
                    && clauses.stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.MUST_NOT);
            return onlyNot || clauses.stream().anyMatch(clause -> hasGroupOfOnlyNotClauses(clause.getQuery()));
        }
        return false;
    }

    private static final class Visitor extends QueryVisitor {
        private final Set<String> fields = new TreeSet<>();
        private int searchableLeaves;

        @Override
        public boolean acceptField(String field) {
            fields.add(field);
            return true;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            searchableLeaves++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            searchableLeaves++;
        }

        @Override
        public void visitLeaf(Query query) {
            if (!(query instanceof MatchNoDocsQuery)) {
                searchableLeaves++;
            }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // the default skips NOT clauses, whose fields count too
        }
    }
}
