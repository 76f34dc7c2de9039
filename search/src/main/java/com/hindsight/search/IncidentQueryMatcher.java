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
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

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
 * <p>Each record is put in a {@link MemoryIndex} (one, reused) and every candidate query is run
 * against it. Not thread-safe and not serialisable: compile one matcher per Spark partition (or
 * per thread) from the serialisable {@link IncidentRule}s.
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
    private final MemoryIndex index = new MemoryIndex();

    private IncidentQueryMatcher(List<CompiledRule> rules) {
        this.rules = rules.toArray(new CompiledRule[0]);
    }

    /**
     * Parses every rule's query once. Rules with a blank query are kept out: they match nothing.
     *
     * @throws InvalidIncidentQueryException for the first rule whose query cannot be used; call
     *         {@link #problemWith} first to report every bad rule and compile only the good ones
     */
    public static IncidentQueryMatcher compile(List<IncidentRule> rules) {
        Objects.requireNonNull(rules, "rules is null");
        QueryParser parser = newParser();
        List<CompiledRule> compiled = new ArrayList<>();
        for (IncidentRule rule : rules) {
            Objects.requireNonNull(rule, "rules holds a null rule");
            if (rule.hasQuery()) {
                Query query = parse(parser, rule);
                compiled.add(new CompiledRule(rule, query, fieldsOf(query)));
            }
        }
        compiled.sort(TIE_BREAK);
        return new IncidentQueryMatcher(compiled);
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
     * <p>Cost: nothing beyond a scan of the windows when no window holds the timestamp; otherwise
     * one analysis of each field some candidate query searches, and one search per candidate.
     *
     * @param text  the record's body; null is read as empty
     * @param title the record's title; null is read as empty
     */
    public Optional<String> match(String text, String title, long timestampMillis) {
        boolean anyCandidate = false;
        boolean needsText = false;
        boolean needsTitle = false;
        for (CompiledRule compiled : rules) {
            if (compiled.rule().windowContains(timestampMillis)) {
                anyCandidate = true;
                needsText |= compiled.fields().contains(TEXT_FIELD);
                needsTitle |= compiled.fields().contains(TITLE_FIELD);
            }
        }
        if (!anyCandidate) {
            return Optional.empty();
        }

        // reset first, not last, so that a record that failed half-way cannot leak into the next
        index.reset();
        if (needsText && text != null && !text.isEmpty()) {
            index.addField(TEXT_FIELD, text, WORDS);
            index.addField(TextFields.bigramsOf(TEXT_FIELD), text, BIGRAMS);
        }
        if (needsTitle && title != null && !title.isEmpty()) {
            index.addField(TITLE_FIELD, title, WORDS);
            index.addField(TextFields.bigramsOf(TITLE_FIELD), title, BIGRAMS);
        }

        CompiledRule best = null;
        float bestScore = 0f;
        for (CompiledRule compiled : rules) {
            if (compiled.rule().windowContains(timestampMillis)) {
                float score = index.search(compiled.query());
                if (score > bestScore) {
                    best = compiled;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.rule().incidentId());
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

    private record CompiledRule(IncidentRule rule, Query query, Set<String> fields) {
    }
}
