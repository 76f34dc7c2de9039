package com.hindsight.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps words of three or more ASCII letters: the words spelling suggestions are made for. */
final class LatinOnlyFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinOnlyFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        int length = term.length();
        if (length < 3) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < length; i++) {
            if (buffer[i] < 'a' || buffer[i] > 'z') {
                return false;
            }
        }
        return true;
    }
}
