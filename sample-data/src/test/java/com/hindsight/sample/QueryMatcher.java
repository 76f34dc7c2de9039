package com.hindsight.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the register's queries the way a phrase search does, approximately: a quoted phrase
 * matches when the text contains it (ignoring case); AND, OR and parentheses as in Lucene's
 * classic query syntax. Good enough to check that each query matches its own incident's posts and
 * nothing else.
 */
final class QueryMatcher {
    private final List<String> tokens;
    private int pos;
    private String text;

    private QueryMatcher(String query) {
        this.tokens = tokenize(query);
    }

    static QueryMatcher parse(String query) {
        return new QueryMatcher(query);
    }

    synchronized boolean matches(String text) {
        this.text = text.toLowerCase(Locale.ROOT);
        this.pos = 0;
        boolean result = or();
        if (pos != tokens.size()) {
            throw new IllegalArgumentException("unexpected " + tokens.get(pos));
        }
        return result;
    }

    private boolean or() {
        boolean result = and();
        while (pos < tokens.size() && tokens.get(pos).equals("OR")) {
            pos++;
            result |= and();
        }
        return result;
    }

    private boolean and() {
        boolean result = term();
        while (pos < tokens.size() && tokens.get(pos).equals("AND")) {
            pos++;
            result &= term();
        }
        return result;
    }

    private boolean term() {
        String t = tokens.get(pos++);
        if (t.equals("(")) {
            boolean result = or();
            if (!tokens.get(pos++).equals(")")) {
                throw new IllegalArgumentException("missing )");
            }
            return result;
        }
        if (t.startsWith("\"")) {
            return text.contains(t.substring(1, t.length() - 1).toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("only quoted phrases are supported, got " + t);
    }

    private static List<String> tokenize(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = q.indexOf('"', i + 1);
                out.add(q.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < q.length() && q.charAt(end) != ' ' && q.charAt(end) != ')') {
                    end++;
                }
                out.add(q.substring(i, end));
                i = end;
            }
        }
        return out;
    }
}
