package com.hindsight.jobs.analyze.sentiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the languages scored by lexicon, and their negations, intensifiers and
 * contrast words (compared lower-cased without accents). English: VADER's lexicon, then the
 * project's bank-domain list, which overrides it where both have a word. Spanish: the project's
 * own list (bank-domain and general words). Sources and licences: models/sentiment/README.md.
 */
final class Lexicons {
    static final Set<String> LANGUAGES = Set.of("en", "es");

    private static final Map<String, List<String>> RESOURCES = Map.of(
            "en", List.of("/models/sentiment-en-vader.tsv", "/models/sentiment-en-bank.tsv"),
            "es", List.of("/models/sentiment-es.tsv"));

    private static final Set<String> ENGLISH_NEGATIONS = Set.of("not", "no", "never", "none",
            "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without", "hardly",
            "barely", "isnt", "dont", "didnt", "wasnt", "cant", "wont", "havent", "hasnt",
            "doesnt", "arent", "couldnt", "wouldnt", "shouldnt", "aint");
    private static final Set<String> ENGLISH_INTENSIFIERS = Set.of("very", "really", "so",
            "extremely", "absolutely", "totally", "completely", "incredibly", "super", "too",
            "utterly", "highly", "truly", "most", "such", "seriously", "terribly");
    private static final Set<String> SPANISH_NEGATIONS = Set.of("no", "nunca", "jamas", "sin",
            "ni", "nadie", "nada", "tampoco", "ningun", "ninguno", "ninguna", "apenas");
    private static final Set<String> SPANISH_INTENSIFIERS = Set.of("muy", "tan", "super",
            "bastante", "demasiado", "totalmente", "completamente", "realmente", "sumamente",
            "extremadamente", "increiblemente", "mas", "tremendamente");

    /** Words of repair: a negative word shortly after one names what was repaired. */
    private static final Set<String> ENGLISH_REPAIRS = Set.of("fixed", "fix", "reversed",
            "reverse", "resolved", "corrected", "refunded", "stopped", "caught", "replaced",
            "removed", "waived", "recovered", "blocked", "prevented", "solved", "sorted",
            "handled", "cleared", "compensated");
    private static final Set<String> SPANISH_REPAIRS = Set.of("arreglo", "arreglaron",
            "corrigio", "corrigieron", "anulo", "anularon", "resolvio", "resolvieron",
            "soluciono", "solucionaron", "devolvio", "devolvieron", "detuvo", "detuvieron",
            "repuso", "repusieron", "bloqueo", "bloquearon", "eliminaron", "quitaron",
            "manejaron", "gestionaron", "recuperaron", "compensaron", "reconoce", "reconocio");

    private Lexicons() {
    }

    static LexiconSentiment load(String language) {
        Map<String, Double> entries = new LinkedHashMap<>();
        for (String resource : RESOURCES.get(language)) {
            LexiconSentiment.read(resource, entries); // later lists override earlier ones
        }
        return switch (language) {
            case "en" -> new LexiconSentiment("en", entries, ENGLISH_NEGATIONS,
                    ENGLISH_INTENSIFIERS, Set.of("but", "however"), ENGLISH_REPAIRS);
            case "es" -> new LexiconSentiment("es", entries, SPANISH_NEGATIONS,
                    SPANISH_INTENSIFIERS, Set.of("pero", "sino"), SPANISH_REPAIRS);
            default -> throw new IllegalArgumentException("no lexicon for language " + language);
        };
    }
}
