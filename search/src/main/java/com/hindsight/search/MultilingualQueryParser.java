package com.hindsight.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax over text fields that each have a word form and a bigram form
 * ({@link TextFields}): a term or phrase on a text field (or on every default field, when it
 * names none) searches the words and the bigrams of that field, the bigram clause weighted
 * {@value #BIGRAM_WEIGHT}, so that a document matching the words ranks above one matching only
 * bigrams. A term that analyses into several words is a phrase ({@code 系统故障} = 系统 then
 * 故障), in both forms. Other fields (keywords) are parsed as the classic parser does.
 *
 * <p>One place for this rule: the case search and the linking of records to incidents at
 * ingest both parse with it. Not thread-safe; make one per parse, it is cheap.
 */
public final class MultilingualQueryParser extends MultiFieldQueryParser {
    static final float BIGRAM_WEIGHT = 0.5f;

    private final List<String> defaultFields;
    private final Set<String> textFields;

    /**
     * @param defaultFields text fields searched by a term without a field
     * @param textFields    every text field (with a bigram companion)
     * @param analyzer      analyzes every field, bigram companions included (a per-field wrapper)
     */
    public MultilingualQueryParser(List<String> defaultFields, Set<String> textFields, Analyzer analyzer) {
        super(defaultFields.toArray(new String[0]), analyzer);
        this.defaultFields = List.copyOf(defaultFields);
        this.textFields = Set.copyOf(textFields);
        // Chinese has no spaces: without these, 系统故障 would mean 系统 OR 故障
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null) {
            return anyOf(defaultFields, f -> wordsAndBigrams(f, queryText, quoted, -1));
        }
        if (textFields.contains(field)) {
            return wordsAndBigrams(field, queryText, quoted, -1);
        }
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field == null) {
            return anyOf(defaultFields, f -> wordsAndBigrams(f, queryText, true, slop));
        }
        if (textFields.contains(field)) {
            return wordsAndBigrams(field, queryText, true, slop);
        }
        return super.getFieldQuery(field, queryText, slop);
    }

    private Query wordsAndBigrams(String field, String text, boolean quoted, int slop) throws ParseException {
        Query words = slop < 0 ? super.getFieldQuery(field, text, quoted) : super.getFieldQuery(field, text, slop);
        String bigramField = TextFields.bigramsOf(field);
        Query bigrams = slop < 0 ? super.getFieldQuery(bigramField, text, quoted)
                : super.getFieldQuery(bigramField, text, slop);
        if (bigrams == null) {
            return words;
        }
        Query weighted = new BoostQuery(bigrams, BIGRAM_WEIGHT);
        if (words == null) {
            return weighted;
        }
        return new BooleanQuery.Builder().add(words, Occur.SHOULD).add(weighted, Occur.SHOULD).build();
    }

    private interface FieldQuery {
        Query of(String field) throws ParseException;
    }

    private static Query anyOf(List<String> fields, FieldQuery perField) throws ParseException {
        List<Query> clauses = new ArrayList<>();
        for (String field : fields) {
            Query query = perField.of(field);
            if (query != null) {
                clauses.add(query);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(clause -> any.add(clause, Occur.SHOULD));
        return any.build();
    }
}
