package com.hindsight.search.cases;

import com.hindsight.search.Synonyms;
import com.hindsight.search.TextAnalyzers;
import com.hindsight.search.TextFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The one description of the case index: every field, how it is indexed, stored and analysed.
 * docs/search.md explains it field by field; change both together.
 *
 * <ul>
 *   <li><b>Text fields</b> ({@link #TEXT_FIELDS}): analysed by {@link TextAnalyzers#multilingual()}
 *       (words) and again, in the companion field {@code <field>.cjk}, by
 *       {@link TextAnalyzers#cjkBigrams()} (Chinese bigrams, not stored),
 *       indexed with positions (phrases) and offsets (so the highlighter reads match positions
 *       from the postings instead of analysing the text again), and stored (the snippet's source).
 *       A query without a field searches all of them.</li>
 *   <li><b>Keyword fields</b> ({@link #KEYWORD_FIELDS}): one exact term each, for filters and
 *       {@code field:value} queries, stored for display. The vocabulary fields (kind, channel,
 *       category) are lower-cased; ids and bank names are kept exactly.</li>
 *   <li><b>Facets</b> ({@link #FACET_FIELDS}): the same values again as sorted-set doc values
 *       (lucene-facet), counted over all hits of a search.</li>
 *   <li><b>{@value #TIME}</b>: the record's event time in epoch milliseconds, as a point (range
 *       filter), a doc value (sort) and stored.</li>
 *   <li><b>{@value #KEY}</b>: {@code kind/id}, unique, as a sorted doc value: the last tie-break
 *       of the result order, so that equal scores come out in the same order on every index
 *       built from the same data; and as one exact term (not stored), by which the index stage
 *       replaces or deletes a document when it updates an index in place.</li>
 * </ul>
 *
 * <p>{@link #VERSION} names this description: change it with any change here or in how a record
 * becomes a document, so that the next index run rebuilds instead of updating an index whose
 * documents were made by other rules.
 */
public final class CaseIndexSchema {
    /**
     * The version of the schema and of the document rules ({@link CaseDocument} and the records).
     * An index written under another version is rebuilt, never updated in place. 2: the
     * {@value #KEY} term.
     */
    public static final int VERSION = 2;

    /* keyword fields */
    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String INCIDENT_ID = "incident_id";
    public static final String CHANNEL = "channel";
    public static final String BANK = "bank";
    public static final String CATEGORY = "category";

    /* text fields */
    /** Incident and post titles. */
    public static final String TITLE = "title";
    /**
     * An incident's search terms from the register's {@code query}, in every language it names
     * ({@code 华信银行 · Huaxin Bank · 重复扣款 · duplicate charges · cobros duplicados}).
     */
    public static final String TERMS = "terms";
    /** Post and complaint text, incident summary. */
    public static final String TEXT = "text";
    /** An incident's response timeline, one value per step: {@code statement (pr): 官微发布致歉声明}. */
    public static final String TIMELINE = "timeline";
    public static final String ROOT_CAUSE = "root_cause";
    public static final String WENT_WELL = "went_well";
    public static final String WENT_BADLY = "went_badly";
    public static final String LESSONS = "lessons";
    /** A review's action items, one value per item: {@code 季度演练 (IT运维部, due 2024-06-30, open)}. */
    public static final String ACTIONS = "actions";

    /**
     * An incident's required playbook steps that were never done, one action per value
     * ({@code playbook_missed:regulator_informed}); docs/playbooks.md.
     */
    public static final String PLAYBOOK_MISSED = "playbook_missed";

    public static final String TIME = "time";
    public static final String KEY = "key";
    /**
     * 0 for incidents and reviews, 1 for posts and complaints, as a doc value: the first key of
     * the result order, so that the cases rank above their own posts.
     */
    public static final String TIER = "tier";
    /** Stored only: an incident's closed_at (epoch ms). */
    public static final String CLOSED_AT = "closed_at";
    /** Stored only, one value per action item of a review, in order ("" when absent). */
    public static final String ACTION_TITLE = "action_title";
    public static final String ACTION_OWNER = "action_owner";
    public static final String ACTION_DUE = "action_due";
    public static final String ACTION_STATUS = "action_status";
    /**
     * Every Latin word of every text field, unstemmed and not stored: the vocabulary of the
     * spelling suggestions ({@link TextAnalyzers#latinWords()}).
     */
    public static final String SPELLING = "spelling";

    /** The unique key of a record's document: {@code kind/id} (a review's id is its incident's). */
    public static String key(CaseKind kind, String id) {
        return kind.key() + "/" + id;
    }

    /** Searched by a query term without a field, in the order snippets are taken from. */
    public static final List<String> TEXT_FIELDS = List.of(TITLE, TERMS, TEXT, ROOT_CAUSE, WENT_WELL,
            WENT_BADLY, LESSONS, ACTIONS, TIMELINE);
    public static final List<String> KEYWORD_FIELDS = List.of(KIND, ID, INCIDENT_ID, CHANNEL,
            BANK, CATEGORY, PLAYBOOK_MISSED);
    /** Keyword fields whose values come from a lower-case vocabulary. */
    public static final Set<String> VOCABULARY_FIELDS = Set.of(KIND, CHANNEL, CATEGORY,
            PLAYBOOK_MISSED);
    /** The facet dimensions, in the order results list them. */
    public static final List<String> FACET_FIELDS = List.of(KIND, CHANNEL, INCIDENT_ID, CATEGORY,
            BANK);

    /** Tokenized, positions and offsets, stored: see the class comment. */
    static final FieldType TEXT_TYPE = textType(true);
    /** The bigram companion of a text field ({@link TextFields#bigramsOf}): as text, not stored. */
    static final FieldType BIGRAM_TYPE = textType(false);
    /** The spelling vocabulary: documents only, not stored. */
    static final FieldType SPELLING_TYPE = spellingType();

    private CaseIndexSchema() {
    }

    /** Fields a query may name: the text fields and the keyword fields. */
    public static boolean isSearchable(String field) {
        return TEXT_FIELDS.contains(field) || KEYWORD_FIELDS.contains(field);
    }

    /** Whether a field of a parsed query is one the schema searches (bigram companions included). */
    static boolean isQueryable(String field) {
        return isSearchable(TextFields.baseOf(field));
    }

    /**
     * The analyzer of the index: words for the text fields, Chinese bigrams for their
     * companions, one exact or lower-cased token for the keyword fields.
     */
    public static Analyzer analyzer() {
        return analyzer(TextAnalyzers.multilingual(), TextAnalyzers.cjkBigrams());
    }

    /** The analyzer queries are parsed with: the index's, with the synonyms added. */
    public static Analyzer queryAnalyzer(Synonyms synonyms) {
        return analyzer(TextAnalyzers.multilingualQuery(synonyms.words()),
                TextAnalyzers.cjkBigramsQuery(synonyms.bigrams()));
    }

    private static Analyzer analyzer(Analyzer words, Analyzer bigrams) {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (String field : KEYWORD_FIELDS) {
            perField.put(field, VOCABULARY_FIELDS.contains(field)
                    ? TextAnalyzers.lowerCaseKeyword() : TextAnalyzers.exactKeyword());
        }
        for (String field : TEXT_FIELDS) {
            perField.put(TextFields.bigramsOf(field), bigrams);
        }
        perField.put(SPELLING, TextAnalyzers.latinWords());
        return new PerFieldAnalyzerWrapper(words, perField);
    }

    /** The facet configuration: every dimension single-valued, in the default facet field. */
    public static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
