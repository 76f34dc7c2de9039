package com.hindsight.jobs.analyze.sentiment;

import com.hindsight.search.TextAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms the Chinese model reads in one text, each prefixed with its kind so that kinds never
 * collide in the hashing space:
 * <ul>
 *   <li>{@code w:} words of the search's segmentation ({@link TextAnalyzers#multilingual()}:
 *       smartcn for Chinese, stemmed Latin words); a word inside a negation's scope becomes
 *       {@code w:!word} ("不满意" gives {@code w:不 w:!满意});</li>
 *   <li>{@code b:} neighbouring word pairs of that sequence (after negation marks);</li>
 *   <li>{@code c:} single Han characters and {@code cc:} pairs of neighbouring ones, as the
 *       first model read them;</li>
 *   <li>{@code e:} Weibo emoticons such as {@code [哈哈]}, whole;</li>
 *   <li>{@code d:neg} / {@code d:pos} for each bank-complaint term of {@link BankTerms}, turned
 *       round when a negation precedes it in the same clause ("没有解决" gives {@code d:neg}).</li>
 * </ul>
 * Links and {@code @mentions} are removed first: they name people and banks, not feelings.
 *
 * <p>Pure Java and thread-safe; the analyzer is built once per JVM (it is not serialisable).
 */
final class ChineseTerms {
    /** A Weibo emoticon: a short bracketed name without spaces, e.g. [哈哈], [good], [?]. */
    static final String EMOTICON = "\\[[^\\[\\]\\s]{1,8}\\]";
    static final String LINK = "https?://[!-~]+";
    /** "@name", up to the space, colon or punctuation that ends a Weibo mention. */
    static final String MENTION = "@[^\\s@:：,，;；!！?？。、()（）\\[\\]/]+";

    private static final Pattern EMOTICONS = Pattern.compile(EMOTICON);
    private static final Pattern NOT_READ = Pattern.compile(LINK + "|" + MENTION);
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}A-Za-z]");
    /** What ends the scope of a negation: clause punctuation, Chinese or Latin. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，。！？；：,.!?;:\\n…~～]");

    /** Words (as smartcn segments them) that turn the meaning of the next ones round. */
    static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "未", "无", "别", "非", "不是",
            "不会", "不能", "不够", "毫无", "从未", "从不", "绝不", "并非", "并不", "不太", "不再",
            "无法", "没法", "难以", "不用", "不要", "甭", "勿", "未能", "不肯", "拒绝",
            "not", "no", "never", "without");
    /** How many words after a negation it reaches, unless a clause ends first. */
    static final int NEGATION_SCOPE = 3;

    private static final Analyzer ANALYZER = TextAnalyzers.multilingual();

    private ChineseTerms() {
    }

    /** The text with its emoticons replaced by spaces. */
    static String withoutEmoticons(String text) {
        return EMOTICONS.matcher(text).replaceAll(" ");
    }

    /** Whether there is anything but emoticons, links and mentions to read in the text. */
    static boolean hasWords(String text) {
        return text != null
                && WORD.matcher(NOT_READ.matcher(withoutEmoticons(text)).replaceAll(" ")).find();
    }

    /** The kinds of terms; a model can be trained on any subset (see SentimentVariants). */
    enum Kind { EMOTICONS, WORDS, NEGATION, WORD_PAIRS, CHARACTERS, BANK_TERMS }

    /**
     * Whether the text has a letter (Han or Latin) or an emoticon once links and mentions are
     * removed; a text of digits and punctuation is not read (the scorer gives it no score).
     */
    static boolean readable(String text) {
        if (text == null) {
            return false;
        }
        String clean = NOT_READ.matcher(text).replaceAll(" ");
        return WORD.matcher(clean).find() || EMOTICONS.matcher(clean).find();
    }

    /** The text without links and {@code @mentions}. */
    static String withoutLinksAndMentions(String text) {
        return NOT_READ.matcher(text).replaceAll(" ");
    }

    /** Every term of every kind; empty for null or for a text with nothing to read. */
    static List<String> of(String text) {
        return of(text, EnumSet.allOf(Kind.class));
    }

    /** The terms of the given kinds, in order; empty for null or for a text with nothing to read. */
    static List<String> of(String text, Set<Kind> kinds) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String clean = NOT_READ.matcher(text).replaceAll(" ");
        Matcher emoticons = EMOTICONS.matcher(clean);
        while (emoticons.find()) {
            if (kinds.contains(Kind.EMOTICONS)) {
                terms.add("e:" + emoticons.group().toLowerCase(Locale.ROOT));
            }
        }
        String prose = emoticons.replaceAll(" ");
        if (kinds.contains(Kind.WORDS) || kinds.contains(Kind.WORD_PAIRS)) {
            List<String> words = words(prose, kinds.contains(Kind.NEGATION));
            if (kinds.contains(Kind.WORDS)) {
                for (String word : words) {
                    terms.add("w:" + word);
                }
            }
            if (kinds.contains(Kind.WORD_PAIRS)) {
                for (int i = 1; i < words.size(); i++) {
                    terms.add("b:" + words.get(i - 1) + "_" + words.get(i));
                }
            }
        }
        if (kinds.contains(Kind.CHARACTERS)) {
            characters(prose, terms);
        }
        if (kinds.contains(Kind.BANK_TERMS)) {
            BankTerms.mark(prose, terms);
        }
        return terms;
    }

    /** Parses a comma-separated list of kinds as saved in the model ("WORDS,CHARACTERS"). */
    static Set<Kind> kinds(String list) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                kinds.add(Kind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return kinds;
    }

    /**
     * The segmented words; with {@code negation}, those in a negation's scope are marked with a
     * leading "!".
     */
    static List<String> words(String prose, boolean negation) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", prose)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(
                    PositionIncrementAttribute.class);
            stream.reset();
            int scope = 0;
            int end = 0;
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() == 0) {
                    // a variant stacked on the word before (the Spanish stem the search indexes
                    // beside the English one): one word, counted once
                    continue;
                }
                if (offset.startOffset() > end
                        && CLAUSE_END.matcher(prose.substring(end, offset.startOffset())).find()) {
                    scope = 0;
                }
                end = offset.endOffset();
                String word = term.toString();
                if (negation && NEGATIONS.contains(word)) {
                    words.add(word);
                    scope = NEGATION_SCOPE;
                } else if (scope > 0) {
                    words.add("!" + word);
                    scope--;
                } else {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot segment a text for the sentiment model", e);
        }
        return words;
    }

    private static void characters(String prose, List<String> terms) {
        String previous = null;
        for (int i = 0; i < prose.length(); ) {
            int cp = prose.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String ch = new String(Character.toChars(cp));
                terms.add("c:" + ch);
                if (previous != null) {
                    terms.add("cc:" + previous + ch);
                }
                previous = ch;
            } else {
                previous = null;
            }
        }
    }
}
