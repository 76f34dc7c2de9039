package com.hindsight.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives each Latin word a second form at the same position: its Spanish stem (Lucene's
 * {@link SpanishLightStemmer}: comisiones, comisión → comision; bloqueada, bloqueado →
 * bloquead). The English stemmer runs after this filter on both forms, so an English word
 * keeps its English stem and a Spanish word gains the Spanish one, on the index and the query
 * side alike. The text of a field is not tagged by language (a Chinese post quotes English,
 * a complaint mixes both), so both forms are kept rather than one chosen.
 */
final class SpanishStemVariantFilter extends TokenFilter {
    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final SpanishLightStemmer stemmer = new SpanishLightStemmer();
    private AttributeSource.State pending;
    private char[] variant;
    private int variantLength;

    SpanishStemVariantFilter(TokenStream input) {
        super(input);
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
            if (stemmed != length) {
                variant = copy;
                variantLength = stemmed;
                pending = captureState();
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
