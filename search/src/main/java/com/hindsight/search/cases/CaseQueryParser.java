package com.hindsight.search.cases;

import com.hindsight.search.MultilingualQueryParser;
import com.hindsight.search.QueryShape;
import com.hindsight.search.QuerySyntaxProblem;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Turns what a reviewer typed into a Lucene query: Lucene's classic syntax, parsed by Lucene's
 * {@link MultiFieldQueryParser}, then checked for what the parser accepts but cannot work.
 *
 * <ul>
 *   <li>Terms without an operator are AND-ed; a term without a field searches every text field
 *       of {@link CaseIndexSchema#TEXT_FIELDS}.</li>
 *   <li>A term that analyses into several words is a phrase: {@code 系统故障} means 系统 then 故障
 *       next to each other, as {@code "系统故障"} does; {@code 系统 故障} means both, anywhere.
 *       This is the syntax of the incident queries (docs/data-formats.md §8), so one syntax
 *       serves both.</li>
 *   <li>Each text field is searched in words and in Chinese bigrams
 *       ({@link MultilingualQueryParser}); synonyms are added by the query analyzer.</li>
 *   <li>A masked number written without quotes ({@code 174****3600}, {@code 420103********6392},
 *       {@code 6222 **** **** 2181}) is read as if quoted: its stars are masking, not
 *       wildcards.</li>
 *   <li>{@code field:value} works for the text and keyword fields of the schema; any other field
 *       is an error, as is a query with no searchable word or a group of only NOT clauses.</li>
 * </ul>
 *
 * Not thread-safe (the parser keeps state): make one per search, it is cheap.
 */
final class CaseQueryParser {
    private final QueryParser parser;

    /** A masked card, or a run of digits with stars inside: never a wildcard. */
    private static final Pattern MASKED_NUMBER = Pattern.compile(
            "(?<![\\w*\\\\])(\\d{4}(?: \\*{4}){1,3} \\d{4}|\\d+\\*{2,}[\\d*]*\\d)(?![\\w*])");

    CaseQueryParser(Analyzer analyzer) {
        this(analyzer, true);
    }

    /**
     * @param compoundsArePhrases false for the relaxed reading of a query that found nothing:
     *                            an unquoted compound (理财承诺保本) then means its words anywhere
     *                            in one field (理财 承诺 保本), quoted phrases stay phrases
     */
    CaseQueryParser(Analyzer analyzer, boolean compoundsArePhrases) {
        parser = new MultilingualQueryParser(CaseIndexSchema.TEXT_FIELDS,
                Set.copyOf(CaseIndexSchema.TEXT_FIELDS), analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAutoGeneratePhraseQueries(compoundsArePhrases);
    }

    /** The query with unquoted masked numbers quoted; text inside quotes is left alone. */
    static String quoteMaskedNumbers(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            if (i % 2 == 0) {
                Matcher masked = MASKED_NUMBER.matcher(parts[i]);
                out.append(masked.replaceAll(match -> Matcher.quoteReplacement("\"" + match.group(1) + "\"")));
            } else {
                out.append(parts[i]);
            }
        }
        return out.toString();
    }

    /** @throws InvalidSearchQueryException saying what is wrong and at which character */
    Query parse(String text) {
        Query query;
        try {
            query = parser.parse(quoteMaskedNumbers(text));
        } catch (ParseException e) {
            if (e.getCause() instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
                throw tooManyClauses(text);
            }
            QuerySyntaxProblem problem = QuerySyntaxProblem.of(e, text);
            String where = problem.where(text);
            throw new InvalidSearchQueryException(text, problem.position(),
                    "is not valid Lucene syntax" + (where.isEmpty() ? "" : " " + where) + ": "
                            + problem.reason());
        }
        QueryShape shape = QueryShape.of(query);
        for (String field : shape.fields()) {
            if (!CaseIndexSchema.isQueryable(field)) {
                int at = text.indexOf(field + ":");
                throw new InvalidSearchQueryException(text, at + 1, String.format(
                        "searches field \"%s\"%s, which the index does not have; fields: %s",
                        field, at < 0 ? "" : " at character " + (at + 1),
                        String.join(", ", searchableFields())));
            }
        }
        if (shape.searchableLeaves() == 0) {
            throw new InvalidSearchQueryException(text, 0,
                    "has no searchable words after analysis (only stop words or punctuation)");
        }
        if (shape.hasGroupOfOnlyNotClauses()) {
            throw new InvalidSearchQueryException(text, 0, "has a group made only of NOT clauses,"
                    + " which matches nothing; pair each NOT with a positive term, e.g. 故障 NOT 演练,"
                    + " or start from every document: *:* NOT 演练");
        }
        return query;
    }

    /** The advice for a query Lucene refuses as too big. */
    static InvalidSearchQueryException tooManyClauses(String text) {
        return new InvalidSearchQueryException(text, 0, "expands to more than "
                + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + " clauses (each word is"
                + " searched in every text field, as words and as Chinese bigrams, with its synonyms; a"
                + " short prefix or wildcard such as a* matches many words). Search fewer words or"
                + " one field (title:..., lessons:...), use a longer prefix, or narrow with --kind,"
                + " --incident or --from/--to");
    }

    private static List<String> searchableFields() {
        return Stream.concat(CaseIndexSchema.TEXT_FIELDS.stream(),
                CaseIndexSchema.KEYWORD_FIELDS.stream()).toList();
    }
}
