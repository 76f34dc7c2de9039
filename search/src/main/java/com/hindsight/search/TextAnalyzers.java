package com.hindsight.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The analyzers of Hindsight. Every analyzer is built here, so that text is analysed the same way
 * when it is indexed and when it is queried.
 *
 * <p>Analyzers are thread-safe and cheap to create; they need not be closed (their per-thread
 * state is reclaimed by the garbage collector). They are not serialisable: build them where they
 * are used, for example once per Spark partition or once per JVM.
 */
public final class TextAnalyzers {

    /**
     * Stop words of the multilingual analyzer, compared after lower-casing and folding. Kept short
     * on purpose: only punctuation (as {@link SmartChineseAnalyzer} emits it), English and Spanish
     * articles, prepositions, conjunctions and pronouns. Negations ("no", "not", "sin") and verbs
     * stay, because in a complaint they carry the meaning ("not received", "no recibí"); the
     * Snowball Spanish list is not used because it drops words such as "estado" ("estado de
     * cuenta"). Chinese function words (的, 了) also stay: the segmenter splits them off anyway.
     */
    private static final List<String> ENGLISH_STOP_WORDS = List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
            "it", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
            "this", "to", "was", "will", "with");

    private static final List<String> SPANISH_STOP_WORDS = List.of(
            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "de", "a", "en",
            "y", "e", "o", "u", "que", "por", "para", "con", "se", "su", "sus", "mi", "mis", "me",
            "te", "le", "les", "nos", "es", "muy", "pero", "como", "este", "esta", "estos", "estas");

    /** Spanish opening marks: the segmenter does not treat them as punctuation. */
    private static final List<String> EXTRA_PUNCTUATION = List.of("¿", "¡");

    private static final CharArraySet MULTILINGUAL_STOP_WORDS = multilingualStopWords();

    /**
     * Quote marks and brackets of titles, removed before segmentation so that they never split
     * a phrase: 北辰银行“小额账户管理费” is segmented as 北辰银行小额账户管理费 would be.
     */
    static final String QUOTE_MARKS = "\"'“”‘’「」『』《》〈〉«»‹›";

    /** The token types {@link CJKBigramFilter} gives Han bigrams and lone Han characters. */
    private static final Set<String> CJK_TYPES = Set.of("<DOUBLE>", "<SINGLE>");

    private static final String SIMPLIFIED_TABLE = "traditional-simplified.txt";

    /**
     * Simplified characters written for one another in banking text, folded to the form the
     * standard uses: 帐户/账户, 帐单/账单 (ICU turns 帳 into 帐). Applied after the
     * Traditional→Simplified table, to both sides.
     */
    private static final Map<String, String> VARIANTS = Map.of("帐", "账", "帳", "账");

    private static final NormalizeCharMap CHARACTER_FOLDING = characterFolding();

    private TextAnalyzers() {
    }

    /**
     * The word analyzer of a field holding Chinese, English and Spanish mixed, for indexing
     * (queries: {@link #multilingualQuery}); docs/search.md §3 explains it for users.
     *
     * <p>The chain:
     * <ol>
     *   <li>one char filter: Traditional Chinese to Simplified (ICU's table, generated at build
     *       time), 帐 to 账, full-width ASCII to ASCII, quote marks removed (so they never split
     *       a phrase), accented Latin letters to ASCII ("acción" becomes "accion"). It must run
     *       before the tokenizer: {@link HMMChineseTokenizer} only knows ASCII letters and
     *       would split "acción" into "acci", "ó", "n";</li>
     *   <li>{@link HMMChineseTokenizer} (as in {@link SmartChineseAnalyzer}): Chinese is
     *       segmented into words by a hidden Markov model over a built-in dictionary, runs of
     *       Latin letters and of digits become tokens, basic Latin is lower-cased;</li>
     *   <li>lower-casing of the remaining letters (Greek, Cyrillic, ...);</li>
     *   <li>stop words: punctuation, short English and Spanish lists (see the class source);</li>
     *   <li>Latin words stemmed in Spanish and in English: the index holds both stems, a query
     *       one ({@link SpanishStemVariantFilter}).</li>
     * </ol>
     *
     * <p>Segmentation depends on context ("两次，要求退款。" is 要求|退|款), so every text field
     * also has a bigram form ({@link #cjkBigrams()}), searched together with the words.
     *
     * <p>Known weaknesses: folding merges words that differ only by accents ("año" and "ano");
     * a few unrelated English words meet ("university"/"universe"); prefix and wildcard query
     * terms ({@code acci*}) are folded and lower-cased but not stemmed or segmented.
     *
     * <p>NOTE: the first text analysed in a JVM loads the segmenter's dictionaries (a few MB,
     * about a second); they are shared by all analyzers afterwards. Segmentation costs more than
     * a whitespace tokenizer: analyse each text once and reuse the tokens.
     */
    public static Analyzer multilingual() {
        return new MultilingualAnalyzer();
    }

    /**
     * The companion of {@link #multilingual()} for recall: Chinese as overlapping bigrams (as
     * Elasticsearch's {@code cjk_bigram}), 无法 is 无法 whatever smartcn would make of its
     * context. Same character folding; Latin words, numbers and punctuation are dropped (the
     * word field has them). Index and query side alike.
     */
    public static Analyzer cjkBigrams() {
        return new BigramAnalyzer(null);
    }

    /**
     * {@link #multilingual()} for parsing queries: one stem per Latin word (see
     * SpanishStemVariantFilter) and the synonyms, if any (null for none).
     */
    public static Analyzer multilingualQuery(SynonymMap synonyms) {
        return new MultilingualAnalyzer(true, synonyms);
    }

    /** {@link #cjkBigrams()} with query-time synonyms; for parsing queries only. */
    public static Analyzer cjkBigramsQuery(SynonymMap synonyms) {
        return new BigramAnalyzer(synonyms);
    }

    /**
     * Latin words as written (folded and lower-cased, not stemmed), nothing else: the
     * vocabulary the spelling suggestions ("did you mean") are taken from.
     */
    public static Analyzer latinWords() {
        return new LatinWordsAnalyzer();
    }

    /**
     * The text as every analyzer here sees it before tokenizing: Traditional Chinese as
     * Simplified, full-width letters and digits as ASCII, accents folded, quote marks removed.
     */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder();
        try (Reader reader = new MappingCharFilter(CHARACTER_FOLDING, new java.io.StringReader(text))) {
            char[] buffer = new char[1024];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                folded.append(buffer, 0, read);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        return folded.toString();
    }

    /**
     * For identifier fields (ids, bank names): the whole value is one token, kept exactly as
     * written; ids are case-sensitive in the warehouse.
     */
    public static Analyzer exactKeyword() {
        return new KeywordAnalyzer();
    }

    /**
     * For fields holding a value of a vocabulary (channel, category, kind): the whole value is
     * one token, lower-cased, as ingest lower-cases enums; so {@code channel:Weibo} finds weibo.
     */
    public static Analyzer lowerCaseKeyword() {
        return new LowerCaseKeywordAnalyzer();
    }

    private static final class LowerCaseKeywordAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** Every analyzer reads its text through the one character map, {@code CHARACTER_FOLDING}. */
    private abstract static class FoldingAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(CHARACTER_FOLDING, reader);
        }
    }

    private static final class MultilingualAnalyzer extends FoldingAnalyzer {
        private final boolean forQueries;
        private final SynonymMap synonyms;

        MultilingualAnalyzer(boolean forQueries, SynonymMap synonyms) {
            this.forQueries = forQueries;
            this.synonyms = synonyms;
        }

        MultilingualAnalyzer() {
            this(false, null);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(CHARACTER_FOLDING, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new StopFilter(stream, MULTILINGUAL_STOP_WORDS);
            stream = new SpanishStemVariantFilter(stream, !forQueries);
            stream = new PorterStemFilter(stream);
            stream = new RemoveDuplicatesTokenFilter(stream);
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    private static final class BigramAnalyzer extends FoldingAnalyzer {
        private final SynonymMap synonyms;

        BigramAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN);
            stream = new TypeTokenFilter(stream, CJK_TYPES, true);
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static final class LatinWordsAnalyzer extends FoldingAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new TypeTokenFilter(stream, Set.of("<ALPHANUM>"), true);
            stream = new LatinOnlyFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private static CharArraySet multilingualStopWords() {
        CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        words.addAll(ENGLISH_STOP_WORDS);
        words.addAll(SPANISH_STOP_WORDS);
        words.addAll(EXTRA_PUNCTUATION);
        return CharArraySet.unmodifiableSet(words);
    }

    /**
     * One character map for every analyzer: accented Latin letters to ASCII (as
     * ASCIIFoldingFilter does), full-width ASCII and the ideographic space to ASCII, Traditional
     * Chinese characters to Simplified (ICU's "Traditional-Simplified" transliterator, one
     * character at a time, from a table generated at build time because ICU takes half a second
     * to load; 帐 and 账 as one: 帳戶 becomes 账户), quote marks removed.
     */
    private static NormalizeCharMap characterFolding() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        addFoldings(builder, '\u00C0', '\u024F'); // Latin-1 Supplement letters, Latin Extended-A and -B
        addFoldings(builder, '\u1E00', '\u1EFF'); // Latin Extended Additional
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) { // full-width ASCII
            char ascii = (char) (c - 0xFEE0);
            if (QUOTE_MARKS.indexOf(ascii) < 0) {
                builder.add(String.valueOf(c), String.valueOf(ascii));
            }
        }
        builder.add("\u3000", " ");
        for (char c : QUOTE_MARKS.toCharArray()) {
            builder.add(String.valueOf(c), "");
        }
        builder.add("\uFF02", "");
        builder.add("\uFF07", "");
        Map<String, String> simplified = new LinkedHashMap<>(traditionalToSimplified());
        VARIANTS.forEach(simplified::put);
        simplified.forEach(builder::add);
        return builder.build();
    }

    /** The table generated from ICU4J (see TraditionalSimplifiedTable in the test sources). */
    static Map<String, String> traditionalToSimplified() {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream in = TextAnalyzers.class.getResourceAsStream(SIMPLIFIED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SIMPLIFIED_TABLE + " is missing from the search module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    table.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static void addFoldings(NormalizeCharMap.Builder builder, char first, char last) {
        char[] folded = new char[4]; // foldToASCII writes at most 4 chars for one input char
        for (char c = first; c <= last; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, folded, 0, 1);
            String ascii = new String(folded, 0, length);
            if (!ascii.equals(String.valueOf(c))) {
                builder.add(String.valueOf(c), ascii);
            }
        }
    }
}
