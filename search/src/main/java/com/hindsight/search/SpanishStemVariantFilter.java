package com.hindsight.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * The Spanish stem of each Latin word (Lucene's {@link SpanishLightStemmer}: comisiones,
 * comisión → comision; bloqueada, bloqueado → bloquead), before the English stemmer runs.
 *
 * <p>When indexing ({@code keepOriginal}), the word keeps its own form and gains its Spanish
 * stem at the same position, so after the English stemmer the index holds English(word) and
 * English(Spanish(word)). A query word is replaced by its Spanish stem (one form, so query-time
 * synonyms see a plain token stream): English(Spanish(word)) is always among the forms the
 * index holds for the same word, and meets the other forms of a Spanish or English word
 * (comisiones/comisión, charges/charge/charged). The text of a field is not tagged by language
 * (a Chinese post quotes English, a complaint mixes both), so both stems are indexed rather
 * than one chosen.
 */
final class SpanishStemVariantFilter extends TokenFilter {
    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final SpanishLightStemmer stemmer = new SpanishLightStemmer();
    private AttributeSource.State pending;
    private char[] variant;
    private int variantLength;

    private final boolean keepOriginal;

    SpanishStemVariantFilter(TokenStream input, boolean keepOriginal) {
        super(input);
        this.keepOriginal = keepOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.copyBuffer(variant, 0, variantLength);
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length >= MIN_LENGTH && isAsciiLetters(term.buffer(), length)) {
            char[] copy = java.util.Arrays.copyOf(term.buffer(), length);
            int stemmed = stemmer.stem(copy, length);
            if (stemmed != length && keepOriginal) {
                variant = copy;
                variantLength = stemmed;
                pending = captureState();
            } else if (stemmed != length) {
                term.copyBuffer(copy, 0, stemmed);
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    private static boolean isAsciiLetters(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] < 'a' || buffer[i] > 'z') {
                return false;
            }
        }
        return true;
    }
}
