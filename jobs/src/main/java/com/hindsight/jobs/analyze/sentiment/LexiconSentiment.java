package com.hindsight.jobs.analyze.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score of an English or Spanish text from a word list, after the rules of VADER (Hutto and
 * Gilbert, 2014), simplified: each word of the lexicon adds its valence (about −4 to +4); a
 * negation among the three words before it turns it round and weakens it (× −0.74); an
 * intensifier just before it strengthens it (± 0.293); after "but" / "pero" the words weigh
 * 1.5 times, before it 0.5 times. One rule of the project's own: a negative word shortly after a
 * word of repair ("reversed the fraudulent charges", "corrigieron el doble cobro") names what
 * was repaired and counts 0. The sum {@code s} becomes {@code s / sqrt(s² + 15)}, in (−1, 1);
 * a text without a lexicon word scores 0 (neutral, not negative).
 *
 * <p>Words are compared lower-cased with accents removed ("decepción" = "decepcion"); a lexicon
 * entry ending in {@code *} matches every word that starts with it ("bloquead*"). Entries of
 * two or more words ("on hold", "no funciona") are matched as phrases before the single words.
 *
 * <p>Lexicons: classpath resources {@code /models/sentiment-<lang>*.tsv}, one {@code word<TAB>
 * valence} per line ({@code #} starts a comment); see models/sentiment/README.md for where each
 * comes from. Thread-safe and immutable once loaded; one instance per JVM and language.
 */
final class LexiconSentiment {
    /** VADER's constants. */
    static final double NEGATION_SCALAR = -0.74;
    static final double BOOST = 0.293;
    static final double NORMALISATION_ALPHA = 15;
    static final int NEGATION_REACH = 3;
    static final int REPAIR_REACH = 4;

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?|[,.;:!?]");
    /** The token that stands for clause punctuation: a negation does not reach past it. */
    static final String CLAUSE_END = "|";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, LexiconSentiment> LOADED = new HashMap<>();

    private final String language;
    private final Map<String, Double> words;
    private final Map<String, Double> prefixes;
    /** Multi-word entries, longest first, so that a longer phrase wins over a shorter one. */
    private final List<Map.Entry<String[], Double>> phrases;
    private final Set<String> negations;
    private final Set<String> intensifiers;
    private final Set<String> contrasts;
    private final Set<String> repairs;

    LexiconSentiment(String language, Map<String, Double> entries, Set<String> negations,
                     Set<String> intensifiers, Set<String> contrasts, Set<String> repairs) {
        this.language = language;
        this.words = new HashMap<>();
        this.prefixes = new HashMap<>();
        Map<String, Double> multiWord = new HashMap<>();
        entries.forEach((entry, valence) -> {
            String key = fold(entry.strip());
            if (key.contains(" ")) {
                multiWord.put(key, valence);
            } else if (key.endsWith("*")) {
                prefixes.put(key.substring(0, key.length() - 1), valence);
            } else {
                words.put(key, valence);
            }
        });
        this.phrases = multiWord.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Double> e) ->
                        -e.getKey().split(" ").length).thenComparing(Map.Entry::getKey))
                .map(e -> Map.entry(e.getKey().split(" "), e.getValue())).toList();
        this.negations = negations;
        this.intensifiers = intensifiers;
        this.contrasts = contrasts;
        this.repairs = repairs;
    }

    /** The lexicon of a language the product scores by word list ("en", "es"), else null. */
    static synchronized LexiconSentiment forLanguage(String language) {
        if (!Lexicons.LANGUAGES.contains(language)) {
            return null;
        }
        return LOADED.computeIfAbsent(language, Lexicons::load);
    }

    String language() {
        return language;
    }

    /** The score in (−1, 1); null for null or for a text with no word (links, mentions aside). */
    Double score(String text) {
        if (text == null) {
            return null;
        }
        List<String> tokens = tokens(ChineseTerms.withoutLinksAndMentions(text));
        if (tokens.stream().allMatch(CLAUSE_END::equals)) {
            return null;
        }
        double[] valences = new double[tokens.size()];
        int[] starts = new int[tokens.size()]; // where the word or phrase of a valence starts
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
        }
        matchPhrases(tokens, valences, starts, taken);
        for (int i = 0; i < tokens.size(); i++) {
            if (!taken[i]) {
                valences[i] = valence(tokens.get(i));
            }
        }
        int contrastAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (contrasts.contains(tokens.get(i))) {
                contrastAt = i;
            }
        }
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double v = valences[i];
            if (v == 0) {
                continue;
            }
            int start = starts[i];
            if (v < 0 && repaired(tokens, start)) {
                continue;
            }
            if (start > 0 && intensifiers.contains(tokens.get(start - 1))) {
                v += Math.signum(v) * BOOST;
            }
            if (negated(tokens, start)) {
                v *= NEGATION_SCALAR;
            }
            if (contrastAt >= 0) {
                v *= i < contrastAt ? 0.5 : 1.5;
            }
            sum += v;
        }
        return sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
    }

    private void matchPhrases(List<String> tokens, double[] valences, int[] starts,
                              boolean[] taken) {
        if (phrases.isEmpty()) {
            return;
        }
        for (Map.Entry<String[], Double> phrase : phrases) {
            String[] parts = phrase.getKey();
            for (int i = 0; i + parts.length <= tokens.size(); i++) {
                boolean match = true;
                for (int j = 0; j < parts.length && match; j++) {
                    match = !taken[i + j] && tokens.get(i + j).equals(parts[j]);
                }
                if (match) {
                    valences[i + parts.length - 1] = phrase.getValue();
                    starts[i + parts.length - 1] = i;
                    for (int j = 0; j < parts.length; j++) {
                        taken[i + j] = true;
                    }
                }
            }
        }
    }

    private double valence(String token) {
        Double exact = words.get(token);
        if (exact != null) {
            return exact;
        }
        for (int length = token.length(); length >= 3; length--) { // the longest prefix entry
            Double prefix = prefixes.get(token.substring(0, length));
            if (prefix != null) {
                return prefix;
            }
        }
        return 0;
    }

    private boolean repaired(List<String> tokens, int at) {
        for (int i = Math.max(0, at - REPAIR_REACH); i < at; i++) {
            if (repairs.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(List<String> tokens, int at) {
        for (int i = at - 1; i >= 0 && i >= at - NEGATION_REACH; i--) {
            String token = tokens.get(i);
            if (token.equals(CLAUSE_END)) {
                return false;
            }
            if (negations.contains(token) || token.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-cased, accents removed, split into words (apostrophes kept inside: "don't"); clause
     * punctuation becomes {@value #CLAUSE_END}, several in a row one.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text.replace('’', '\'')));
        while (m.find()) {
            String token = Character.isLetterOrDigit(m.group().charAt(0)) ? m.group() : CLAUSE_END;
            if (!(token.equals(CLAUSE_END) && (tokens.isEmpty()
                    || tokens.get(tokens.size() - 1).equals(CLAUSE_END)))) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Reads a {@code word<TAB>valence} list from the class path into {@code into}. */
    static void read(String resource, Map<String, Double> into) {
        try (InputStream in = LexiconSentiment.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the sentiment lexicon " + resource
                        + " is not on the class path; rebuild the jobs module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                try {
                    into.put(fields[0], Double.parseDouble(fields[1].strip()));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + lineNumber
                            + ": expected word<TAB>valence, got \"" + line + "\"", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment lexicon " + resource, e);
        }
    }
}
