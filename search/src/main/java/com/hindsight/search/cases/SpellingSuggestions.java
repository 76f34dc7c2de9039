package com.hindsight.search.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each Latin word of a query that no document holds is replaced by the closest
 * word the index holds (Lucene's {@link DirectSpellChecker}, edit distance up to 2, over the
 * unstemmed {@value CaseIndexSchema#SPELLING} field), the more frequent first. Words after a
 * field name, operators and quoted phrases are corrected too; field names are not.
 */
final class SpellingSuggestions {
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d_:.*?])([A-Za-z]{3,})(?![\\p{L}\\d_:*?])");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** The corrected query, or null when every Latin word is in the index or none has a correction. */
    String correct(String query, IndexReader reader) {
        Matcher words = LATIN_WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        try {
            while (words.find()) {
                String word = words.group(1);
                String replacement = word;
                if (!OPERATORS.contains(word)) {
                    Term term = new Term(CaseIndexSchema.SPELLING, word.toLowerCase(Locale.ROOT));
                    if (reader.docFreq(term) == 0) {
                        SuggestWord[] best = checker.suggestSimilar(term, 1, reader,
                                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                        if (best.length > 0) {
                            replacement = best[0].string;
                            changed = true;
                        }
                    }
                }
                words.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spelling vocabulary", e);
        }
        words.appendTail(corrected);
        return changed ? corrected.toString() : null;
    }
}
