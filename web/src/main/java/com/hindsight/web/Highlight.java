package com.hindsight.web;

import com.hindsight.search.cases.CaseSearcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A snippet as pieces for a template: the search marks matches «like this»; the template
 * writes each piece escaped, the marked ones inside {@code <mark>}. No HTML is ever built from
 * the snippet's text.
 */
final class Highlight {
    private Highlight() {
    }

    /** {@code [{text, marked}]} in order; the marks themselves are dropped. */
    static List<Map<String, Object>> pieces(String snippet) {
        List<Map<String, Object>> pieces = new ArrayList<>();
        if (snippet == null) {
            return pieces;
        }
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(CaseSearcher.MATCH_START, at);
            if (start < 0) {
                pieces.add(Map.of("text", snippet.substring(at), "marked", false));
                break;
            }
            int end = snippet.indexOf(CaseSearcher.MATCH_END, start + 1);
            if (end < 0) {
                pieces.add(Map.of("text", snippet.substring(at), "marked", false));
                break;
            }
            if (start > at) {
                pieces.add(Map.of("text", snippet.substring(at, start), "marked", false));
            }
            pieces.add(Map.of("text", snippet.substring(start + 1, end), "marked", true));
            at = end + 1;
        }
        return pieces;
    }
}
