package com.hindsight.search.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.hindsight.search.TextFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of each hit: the best passage of the first text field (in schema order) where
 * the query matched, with the matches marked, cut to about {@value #WIDTH} characters around
 * the first match. Lucene's {@link UnifiedHighlighter} finds the passages from the offsets in
 * the postings, so the text is not analysed again.
 */
final class HitSnippets {
    static final int WIDTH = 160;
    /** Characters kept before the first match when the passage is cut. */
    private static final int LEAD = 40;
    private static final String ELLIPSIS = "…";

    private final UnifiedHighlighter highlighter;
    private final String[] fields = CaseIndexSchema.TEXT_FIELDS.toArray(new String[0]);

    HitSnippets(IndexSearcher searcher, Analyzer analyzer) {
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(CaseSearcher.MATCH_START,
                        CaseSearcher.MATCH_END, ELLIPSIS, false))
                // a field the query did not match gives null, so the next field is tried
                .withMaxNoHighlightPassages(0)
                // a field's matches are its words' and its bigrams' (TextFields)
                .withMaskedFieldsFunc(field -> Set.of(field, TextFields.bigramsOf(field)))
                .build();
    }

    /** One snippet per hit, in the order of {@code topDocs}. */
    List<Snippet> of(Query query, TopDocs topDocs, List<Document> stored) throws IOException {
        int[] onePassage = new int[fields.length];
        Arrays.fill(onePassage, 1);
        Map<String, String[]> highlights = highlighter.highlightFields(fields, query, topDocs, onePassage);
        List<Snippet> snippets = new ArrayList<>();
        for (int hit = 0; hit < topDocs.scoreDocs.length; hit++) {
            snippets.add(snippetOf(hit, highlights, stored.get(hit)));
        }
        return snippets;
    }

    private Snippet snippetOf(int hit, Map<String, String[]> highlights, Document stored) {
        for (String field : fields) {
            String[] values = highlights.get(field);
            if (values != null && values[hit] != null && values[hit].contains(CaseSearcher.MATCH_START)) {
                return new Snippet(cut(collapse(values[hit])), field);
            }
        }
        for (String field : fields) {
            String value = stored.get(field);
            if (value != null) {
                return new Snippet(cut(collapse(value)), field);
            }
        }
        return new Snippet("", null);
    }

    /** One line: runs of white space (newlines, ideographic and paragraph spaces) become one space. */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** About WIDTH characters from a little before the first match, never inside a marked match. */
    static String cut(String text) {
        if (text.length() <= WIDTH) {
            return text;
        }
        int firstMatch = Math.max(0, text.indexOf(CaseSearcher.MATCH_START));
        int start = Math.max(0, firstMatch - LEAD);
        int end = Math.min(text.length(), start + WIDTH);
        int lastOpen = text.lastIndexOf(CaseSearcher.MATCH_START, end - 1);
        int lastClose = text.lastIndexOf(CaseSearcher.MATCH_END, end - 1);
        if (lastOpen > lastClose) {
            int close = text.indexOf(CaseSearcher.MATCH_END, lastOpen);
            end = close < 0 ? text.length() : close + CaseSearcher.MATCH_END.length();
        }
        return (start > 0 ? ELLIPSIS : "") + text.substring(start, end).strip()
                + (end < text.length() ? ELLIPSIS : "");
    }

    record Snippet(String text, String field) {
    }
}
