package com.hindsight.search.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an incident's register query, for the index: its quoted phrases, then whatever
 * is left outside quotes once operators, fields and brackets are removed, then the category in
 * words, joined with " · ". {@code ("华信银行" OR "Huaxin Bank") AND ("重复扣款" OR "cobros
 * duplicados")} of category system_failure becomes
 * {@code 华信银行 · Huaxin Bank · 重复扣款 · cobros duplicados · system failure} (the built-in
 * synonyms then join 系统故障 to "system failure").
 */
final class RegisterQueryTerms {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SYNTAX = Pattern.compile("\\b(AND|OR|NOT)\\b|[A-Za-z_]+:|[()\\[\\]{}+\\-!^~*?\\\\]");

    private RegisterQueryTerms() {
    }

    /** Null when there is neither a query nor a category. */
    static String of(String query, String category) {
        List<String> terms = new ArrayList<>();
        if (query != null && !query.isBlank()) {
            addQueryTerms(query, terms);
        }
        if (category != null && !category.isBlank()) {
            terms.add(category.strip().replace('_', ' '));
        }
        return terms.isEmpty() ? null : String.join(" · ", terms);
    }

    private static void addQueryTerms(String query, List<String> terms) {
        Matcher quoted = QUOTED.matcher(query);
        while (quoted.find()) {
            if (!quoted.group(1).isBlank()) {
                terms.add(quoted.group(1).strip());
            }
        }
        String rest = SYNTAX.matcher(QUOTED.matcher(query).replaceAll(" ")).replaceAll(" ").strip();
        for (String word : rest.split("\\s+")) {
            if (!word.isBlank()) {
                terms.add(word);
            }
        }
    }
}
