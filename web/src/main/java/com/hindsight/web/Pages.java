package com.hindsight.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The page templates (Mustache, beside this class under {@code templates/}). Mustache writes
 * every {@code {{value}}} HTML-escaped ({@code & < > " ' ` =}); no template uses the unescaped
 * form {@code {{{value}}}}, which a test keeps so. Compiled once, thread-safe.
 */
final class Pages {
    static final String FOLDER = "com/hindsight/web/templates";
    static final List<String> PAGES = List.of("search", "case", "login", "error");

    private final MustacheFactory factory = new DefaultMustacheFactory(FOLDER);
    private final Map<String, Mustache> compiled;

    Pages() {
        java.util.Map<String, Mustache> pages = new java.util.HashMap<>();
        for (String page : PAGES) {
            pages.put(page, factory.compile(page + ".mustache"));
        }
        this.compiled = Map.copyOf(pages);
    }

    /** The page filled in with the model. */
    String render(String page, Map<String, Object> model) {
        Mustache template = compiled.get(page);
        if (template == null) {
            throw new IllegalArgumentException("no page template " + page);
        }
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
