package com.hindsight.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Finds the incident a record belongs to: the one whose time window holds the record's timestamp
 * and whose query matches the record's text and title.
 *
 * <p>Queries use Lucene's classic syntax over two fields, {@value #TEXT_FIELD} and
 * {@value #TITLE_FIELD}; a term without a field searches both (docs/data-formats.md §8). Each
 * is analysed as the case index analyses it ({@link MultilingualQueryParser}): words by
 * {@link TextAnalyzers#multilingual()} and Chinese bigrams by {@link TextAnalyzers#cjkBigrams()},
 * so a phrase is found whatever smartcn makes of its context, quote marks inside it
 * (北辰银行“小额账户管理费”) and Traditional characters included. Terms without an operator are
 * OR-ed. A term that analyses into several tokens becomes a phrase: unquoted {@code 手机银行}
 * means 手机 银行 in a row, as {@code "手机银行"} does, never 手机 OR 银行.
 *
 * <p>Before any analysis, a candidate is dropped when the record's folded text lacks strings
 * its query requires ({@link RequiredLiterals}: the bank's name, in one of the languages the
 * query gives it); when no candidate is left, the record is not analysed at all. Segmenting
 * Chinese is most of what linking costs, and most records inside an incident's window that
 * do not belong to it never name it.
 *
 * <p>When one candidate is left and its query has no NOT clause, the record is first indexed with
 * its Chinese bigrams only, which cost a fraction of smartcn's segmentation: a query that matches
 * some of the record's fields matches all of them, and with one candidate whether it matches is
 * all that decides the link. Only when the bigrams do not match is the record analysed in full.
 *
 * <p>Each record is put in a {@link MemoryIndex} (one, reused) and every candidate query is run
 * against it, unless none of the query's terms is among the record's: a query made of terms and
 * phrases cannot match a record that holds none of the terms its positive clauses name (a group
 * of only NOT clauses is refused), so such a candidate is skipped without a search. Looking a
 * term up costs a binary search; a search builds a searcher, weights and scorers. The result is
 * the same as searching every candidate ({@code TestIncidentQueryMatcher} checks both ways, on
 * the bundled sample too).
 * Not thread-safe and not serialisable: compile one matcher per Spark partition (or per thread)
 * from the serialisable {@link IncidentRule}s.
 */
public final class IncidentQueryMatcher {

    public static final String TEXT_FIELD = "text";
    public static final String TITLE_FIELD = "title";

    private static final Set<String> SEARCHABLE_FIELDS = Set.of(TEXT_FIELD, TITLE_FIELD);

    /** Ties on score go to the incident opened first, then to the smallest id. */
    private static final Comparator<CompiledRule> TIE_BREAK = Comparator
            .comparingLong((CompiledRule compiled) -> compiled.rule().openedAtMillis())
            .thenComparing(compiled -> compiled.rule().incidentId());

    /*
     * Analyzers are thread-safe, so one per JVM serves every matcher: partitions of a Spark
     * executor then share its per-thread token streams instead of leaving one set per partition.
     */
    private static final Analyzer WORDS = TextAnalyzers.multilingual();
    private static final Analyzer BIGRAMS = TextAnalyzers.cjkBigrams();
    /** Queries are parsed as the case search parses them (one stem per word), without synonyms. */
    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(TextAnalyzers.multilingualQuery(null), Map.of(
            TextFields.bigramsOf(TEXT_FIELD), BIGRAMS, TextFields.bigramsOf(TITLE_FIELD), BIGRAMS));

    /** Rules with a query, in TIE_BREAK order: the first of equal scores wins. */
    private final CompiledRule[] rules;
    /** The rules a record is searched with, in TIE_BREAK order; reused from record to record. */
    private final CompiledRule[] candidates;
    private final MemoryIndex index = new MemoryIndex();
    /**
     * Whether a candidate lacking its required strings or every term of its query is skipped
     * without a search (tests turn it off to compare).
     */
    private final boolean skipWithoutTerms;

    private IncidentQueryMatcher(List<CompiledRule> rules, boolean skipWithoutTerms) {
        this.rules = rules.toArray(new CompiledRule[0]);
        this.candidates = new CompiledRule[this.rules.length];
        this.skipWithoutTerms = skipWithoutTerms;
    }

    /**
     * Parses every rule's query once. Rules with a blank query are kept out: they match nothing.
     *
     * @throws InvalidIncidentQueryException for the first rule whose query cannot be used; call
     *         {@link #problemWith} first to report every bad rule and compile only the good ones
     */
    public static IncidentQueryMatcher compile(List<IncidentRule> rules) {
        return compile(rules, true);
    }

    /** As {@link #compile(List)}; without the checks every candidate is analysed and searched. */
    static IncidentQueryMatcher compile(List<IncidentRule> rules, boolean skipWithoutTerms) {
        Objects.requireNonNull(rules, "rules is null");
        QueryParser parser = newParser();
        List<CompiledRule> compiled = new ArrayList<>();
        for (IncidentRule rule : rules) {
            Objects.requireNonNull(rule, "rules holds a null rule");
            if (rule.hasQuery()) {
                Query query = parse(parser, rule);
                Term[] terms = positiveTerms(query);
                compiled.add(new CompiledRule(rule, query, fieldsOf(query), terms,
                        terms == null ? query : rewritten(query), RequiredLiterals.of(query),
                        terms != null && !hasNotClause(query)));
            }
        }
        compiled.sort(TIE_BREAK);
        return new IncidentQueryMatcher(compiled, skipWithoutTerms);
    }

    /**
     * What is wrong with the rule's query, as the message {@link #compile} would throw, or empty
     * when it can be used. A blank query is not a problem: it just never matches.
     */
    public static Optional<String> problemWith(IncidentRule rule) {
        Objects.requireNonNull(rule, "rule is null");
        if (!rule.hasQuery()) {
            return Optional.empty();
        }
        try {
            parse(newParser(), rule);
            return Optional.empty();
        } catch (InvalidIncidentQueryException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The id of the incident this record belongs to, or empty when none matches.
     *
     * <p>Among incidents whose window holds the timestamp and whose query matches, the highest
     * {@link MemoryIndex#search} score wins (a query that matches more of its clauses scores
     * higher), then the earliest openedAt, then the smallest id.
     *
     * <p>Cost: nothing beyond a scan of the windows when no window holds the timestamp; a fold of
     * the text and a few look-ups of strings when no candidate's required strings are there
     * ({@link RequiredLiterals}); the bigrams of the text and title and one search when one
     * candidate is left and they match it; otherwise one analysis of each field some remaining
     * candidate searches, and one search per candidate holding one of its query's terms.
     *
     * @param text  the record's body; null is read as empty
     * @param title the record's title; null is read as empty
     */
    public Optional<String> match(String text, String title, long timestampMillis) {
        int count = 0;
        String haystack = null;
        boolean needsText = false;
        boolean needsTitle = false;
        for (CompiledRule compiled : rules) {
            if (!compiled.rule().windowContains(timestampMillis)) {
                continue;
            }
            if (skipWithoutTerms && compiled.literals().length > 0) {
                if (haystack == null) {
                    haystack = RequiredLiterals.haystack(text, title);
                }
                if (!RequiredLiterals.holds(haystack, compiled.literals())) {
                    continue;
                }
            }
            candidates[count++] = compiled;
            needsText |= compiled.fields().contains(TEXT_FIELD);
            needsTitle |= compiled.fields().contains(TITLE_FIELD);
        }
        if (count == 0) {
            return Optional.empty();
        }
        String indexedText = needsText && text != null && !text.isEmpty() ? text : null;
        String indexedTitle = needsTitle && title != null && !title.isEmpty() ? title : null;
        if (count == 1 && skipWithoutTerms && candidates[0].monotone()) {
            // one candidate: whether it matches is all that counts, and bigrams decide it cheaply
            // for most Chinese records (a query that matches fewer fields matches all of them)
            index.reset();
            addBigrams(indexedText, indexedTitle);
            if (score(index.createSearcher(), candidates[0]) > 0f) {
                return Optional.of(candidates[0].rule().incidentId());
            }
        }

        // reset first, not last, so that a record that failed half-way cannot leak into the next
        index.reset();
        if (indexedText != null) {
            index.addField(TEXT_FIELD, indexedText, WORDS);
        }
        if (indexedTitle != null) {
            index.addField(TITLE_FIELD, indexedTitle, WORDS);
        }
        addBigrams(indexedText, indexedTitle);

        IndexSearcher searcher = skipWithoutTerms ? index.createSearcher() : null;
        LeafReader reader = skipWithoutTerms
                ? searcher.getIndexReader().leaves().get(0).reader() : null;
        CompiledRule best = null;
        float bestScore = 0f;
        for (int i = 0; i < count; i++) {
            CompiledRule compiled = candidates[i];
            if (reader == null || holdsAnyOf(reader, compiled.positiveTerms())) {
                float score = searcher == null ? index.search(compiled.query())
                        : score(searcher, compiled);
                if (score > bestScore) {
                    best = compiled;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.rule().incidentId());
    }

    /** The bigram fields of the text and the title (null: left out): a cheap analysis. */
    private void addBigrams(String text, String title) {
        if (text != null) {
            index.addField(TextFields.bigramsOf(TEXT_FIELD), text, BIGRAMS);
        }
        if (title != null) {
            index.addField(TextFields.bigramsOf(TITLE_FIELD), title, BIGRAMS);
        }
    }

    /**
     * What {@link MemoryIndex#search} gives, with the record's one searcher and the query as
     * rewritten once at compile time (a query of terms and phrases rewrites the same whatever
     * the record; half of the linking's search time was spent rewriting it again per record).
     */
    private static float score(IndexSearcher searcher, CompiledRule compiled) {
        float[] score = new float[1];
        try {
            searcher.search(compiled.rewritten(), new SimpleCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws java.io.IOException {
                    score[0] = scorer.score();
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE;
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot search the record", e); // in memory
        }
        return score[0];
    }

    /** Whether the record holds one of the terms; always true without terms to look for. */
    private static boolean holdsAnyOf(LeafReader reader, Term[] terms) {
        if (terms == null) {
            return true;
        }
        try {
            String field = null;
            TermsEnum termsEnum = null;
            for (Term term : terms) {
                if (!term.field().equals(field)) {
                    field = term.field();
                    Terms fieldTerms = reader.terms(field);
                    termsEnum = fieldTerms == null ? null : fieldTerms.iterator();
                }
                if (termsEnum != null && termsEnum.seekExact(term.bytes())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the record's terms", e);
        }
    }

    /**
     * Every term the query's positive clauses name, by field: a record holding none of them cannot
     * match. Null when the query has a clause that is not made of terms (a prefix, wildcard or
     * fuzzy term, a range): then the record is always searched.
     */
    private static Term[] positiveTerms(Query query) {
        java.util.TreeSet<Term> terms = new java.util.TreeSet<>();
        boolean[] notTerms = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                terms.addAll(List.of(leafTerms));
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field,
                                             java.util.function.Supplier<ByteRunAutomaton> automaton) {
                notTerms[0] = true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                notTerms[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return notTerms[0] || terms.isEmpty() ? null : terms.toArray(new Term[0]);
    }

    /** Whether some clause of the query, at any depth, is a NOT clause. */
    private static boolean hasNotClause(Query query) {
        boolean[] not = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (occur == BooleanClause.Occur.MUST_NOT) {
                    not[0] = true;
                }
                return this;
            }
        });
        return not[0];
    }

    /** A query of terms and phrases as a searcher rewrites it; the same over any record. */
    private static Query rewritten(Query query) {
        try {
            return new MemoryIndex().createSearcher().rewrite(query);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot rewrite " + query, e); // in memory
        }
    }

    private static QueryParser newParser() {
        return new MultilingualQueryParser(List.of(TEXT_FIELD, TITLE_FIELD),
                SEARCHABLE_FIELDS, ANALYZER);
    }

    private static Query parse(QueryParser parser, IncidentRule rule) {
        Query query;
        try {
            query = parser.parse(rule.query());
        } catch (ParseException e) {
            throw invalid(rule, "is not valid Lucene syntax: "
                    + QuerySyntaxProblem.of(e, rule.query()).describe(rule.query()));
        }
        QueryShape shape = QueryShape.of(query);
        for (String field : shape.fields()) {
            if (!SEARCHABLE_FIELDS.contains(TextFields.baseOf(field))) {
                throw invalid(rule, String.format("searches field \"%s\"; only %s and %s can be searched",
                        field, TEXT_FIELD, TITLE_FIELD));
            }
        }
        if (shape.searchableLeaves() == 0) {
            throw invalid(rule, "has no searchable words after analysis (only stop words or punctuation)");
        }
        if (shape.hasGroupOfOnlyNotClauses()) {
            throw invalid(rule, "has a group made only of NOT clauses, which matches nothing;"
                    + " pair each NOT with a positive term, e.g. 停机 NOT 测试");
        }
        return query;
    }

    private static InvalidIncidentQueryException invalid(IncidentRule rule, String problem) {
        return new InvalidIncidentQueryException(rule.incidentId(), rule.query(), problem);
    }

    private static Set<String> fieldsOf(Query query) {
        Set<String> fields = new java.util.HashSet<>();
        QueryShape.of(query).fields().forEach(field -> fields.add(TextFields.baseOf(field)));
        return Set.copyOf(fields);
    }

    /**
     * @param positiveTerms sorted by field, or null: see {@link #positiveTerms(Query)}
     * @param rewritten     the query rewritten once when it is made of terms and phrases, else
     *                      the query itself (a prefix or fuzzy term is rewritten per record)
     * @param literals      what the record's text must contain, see {@link RequiredLiterals}
     * @param monotone      whether a record matching the query over some of its fields matches
     *                      it over all of them, with a score at least as high: terms and phrases
     *                      only, no NOT clause
     */
    private record CompiledRule(IncidentRule rule, Query query, Set<String> fields,
                                Term[] positiveTerms, Query rewritten, String[][] literals,
                                boolean monotone) {
    }
}
