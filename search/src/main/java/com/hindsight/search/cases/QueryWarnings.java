package com.hindsight.search.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What makes a search find nothing for a reason the user should be told: a kind that does not
 * exist ({@code kind:reveiw}) or an incident id no document has ({@code incident_id:INC-9},
 * {@code --incident INC-9}). A warning, not an error: the search itself is valid.
 */
final class QueryWarnings {
    private QueryWarnings() {
    }

    static List<String> of(Query userQuery, SearchRequest request, IndexReader reader) {
        Set<Term> terms = new LinkedHashSet<>();
        userQuery.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(Arrays.asList(found));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (request.incidentId() != null && !request.incidentId().isBlank()) {
            terms.add(new Term(CaseIndexSchema.INCIDENT_ID, request.incidentId().strip()));
        }
        List<String> warnings = new ArrayList<>();
        try {
            for (Term term : terms) {
                if (term.field().equals(CaseIndexSchema.KIND) && !isKind(term.text())) {
                    warnings.add("kind \"" + term.text() + "\" does not exist; kinds: " + kinds());
                } else if (term.field().equals(CaseIndexSchema.INCIDENT_ID) && reader.docFreq(term) == 0) {
                    warnings.add("no document belongs to incident \"" + term.text()
                            + "\" (ids are case-sensitive, e.g. INC-2024-001)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return warnings;
    }

    private static boolean isKind(String key) {
        return Arrays.stream(CaseKind.values()).anyMatch(kind -> kind.key().equals(key));
    }

    private static String kinds() {
        return Arrays.stream(CaseKind.values()).map(CaseKind::key).collect(Collectors.joining(", "));
    }
}
