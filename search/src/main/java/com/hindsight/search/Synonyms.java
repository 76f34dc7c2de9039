package com.hindsight.search;

import com.hindsight.core.UserErrorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Query-time synonyms: the banking terms shipped with the product
 * ({@value #BUILT_IN}, Chinese, English and Spanish) plus, optionally, a file of the user's.
 *
 * <p>Format (docs/search.md, "Synonyms"): UTF-8, one group of equivalent terms per line,
 * separated by commas; {@code #} starts a comment; blank lines are ignored. A term may be
 * several words ({@code hidden fees}). Every term of a group finds every other:
 * <pre>
 * # fees
 * 管理费, 手续费, 扣费, fee, charge, comisión
 * </pre>
 *
 * <p>Synonyms are applied when a query is parsed, never when the index is built: changing the
 * file needs no re-index. Immutable and thread-safe; load once and share.
 */
public final class Synonyms {
    /** The built-in file, a class-path resource of this module. */
    public static final String BUILT_IN = "banking-synonyms.txt";

    private final List<List<String>> groups;
    private final SynonymMap words;
    private final SynonymMap bigrams;

    private Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        this.words = build(groups, TextAnalyzers.multilingualQuery(null));
        this.bigrams = build(groups, TextAnalyzers.cjkBigrams());
    }

    /** The built-in banking synonyms only. */
    public static Synonyms builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** No synonyms at all (for tests and for incident linking, which matches queries exactly). */
    public static Synonyms none() {
        return new Synonyms(List.of());
    }

    /**
     * The built-in synonyms plus those of {@code userFile}.
     *
     * @throws UserErrorException naming the file (and line) when it cannot be read or used
     */
    public static Synonyms withUserFile(Path userFile) {
        Objects.requireNonNull(userFile, "userFile is null");
        if (!Files.isRegularFile(userFile)) {
            throw new UserErrorException("synonyms file " + userFile + " does not exist");
        }
        List<List<String>> groups = new ArrayList<>(BuiltIn.INSTANCE.groups);
        try (BufferedReader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            groups.addAll(parse(reader, userFile.toString()));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserErrorException("synonyms file " + userFile + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UserErrorException("cannot read synonyms file " + userFile + ": " + e.getMessage());
        }
        return new Synonyms(groups);
    }

    /** The groups of equivalent terms, as written. */
    public List<List<String>> groups() {
        return groups;
    }

    /** For the word analyzer ({@link TextAnalyzers#multilingualQuery}). */
    public SynonymMap words() {
        return words;
    }

    /** For the bigram analyzer ({@link TextAnalyzers#cjkBigramsQuery}). */
    public SynonymMap bigrams() {
        return bigrams;
    }

    static List<List<String>> parse(BufferedReader reader, String source) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String term : content.split("[,，]")) {
                if (!term.isBlank()) {
                    terms.add(term.strip());
                }
            }
            if (terms.size() < 2) {
                throw new UserErrorException(String.format("synonyms file %s, line %d: \"%s\" has"
                        + " fewer than two terms; write equivalent terms separated by commas,"
                        + " e.g. 管理费, fee, comisión", source, lineNumber, content));
            }
            groups.add(List.copyOf(terms));
        }
        return groups;
    }

    private static SynonymMap build(List<List<String>> groups, Analyzer analyzer) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        Analysis analysis = new Analysis(analyzer);
        for (List<String> group : groups) {
            List<CharsRef> analysed = new ArrayList<>();
            for (String term : group) {
                CharsRef form = analysis.of(term);
                if (form != null && !analysed.contains(form)) {
                    analysed.add(form);
                }
            }
            for (CharsRef from : analysed) {
                for (CharsRef to : analysed) {
                    if (!from.equals(to)) {
                        builder.add(from, to, true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyses a term as the index does; null when nothing of it is left for this analyzer. */
    private static final class Analysis extends SynonymMap.Parser {
        Analysis(Analyzer analyzer) {
            super(true, analyzer);
        }

        CharsRef of(String term) {
            try {
                return analyze(term, new CharsRefBuilder());
            } catch (IllegalArgumentException nothingLeft) {
                return null; // e.g. an English term for the bigram field
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void parse(java.io.Reader in) {
            throw new UnsupportedOperationException("terms are analysed one by one");
        }
    }

    private static final class BuiltIn {
        static final Synonyms INSTANCE = load();

        private static Synonyms load() {
            try (InputStream in = Synonyms.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + BUILT_IN + " is missing from the search module");
                }
                return new Synonyms(parse(new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8)), BUILT_IN));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
