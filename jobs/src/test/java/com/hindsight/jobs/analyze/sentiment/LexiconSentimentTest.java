package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The English and Spanish word-list scores. */
class LexiconSentimentTest {
    /** A tiny lexicon, so that each rule can be checked by hand. */
    private static final LexiconSentiment TINY = new LexiconSentiment("en",
            Map.of("good", 2.0, "bad", -2.0, "frozen", -2.0, "refund*", 1.0, "on hold", -1.5),
            Set.of("not", "never"), Set.of("very"), Set.of("but"), Set.of("fixed"));

    private static double expected(double sum) {
        return sum / Math.sqrt(sum * sum + LexiconSentiment.NORMALISATION_ALPHA);
    }

    @Test
    void sumsTheValencesAndNormalisesTheSum() {
        assertThat(TINY.score("good good bad")).isEqualTo(expected(2.0));
        assertThat(TINY.score("nothing to say")).isZero();
        assertThat(TINY.score("!!! ...")).isNull();
        assertThat(TINY.score(null)).isNull();
    }

    @Test
    void negationTurnsTheNextThreeWordsRoundUntilTheClauseEnds() {
        assertThat(TINY.score("not good")).isEqualTo(expected(2.0 * LexiconSentiment.NEGATION_SCALAR));
        assertThat(TINY.score("not at all good")).isEqualTo(expected(-1.48));
        assertThat(TINY.score("not one of the good ones")).isEqualTo(expected(2.0));
        assertThat(TINY.score("not now, good")).isEqualTo(expected(2.0));
        assertThat(TINY.score("it wasn't good")).isNegative();
    }

    @Test
    void intensifiersContrastsPhrasesPrefixesAndRepairs() {
        assertThat(TINY.score("very good")).isEqualTo(expected(2.0 + LexiconSentiment.BOOST));
        assertThat(TINY.score("bad but good")).isEqualTo(expected(-1.0 + 3.0));
        assertThat(TINY.score("left on hold")).isEqualTo(expected(-1.5));
        assertThat(TINY.score("refunded")).isEqualTo(expected(1.0));
        assertThat(TINY.score("they fixed the frozen account")).isZero();
    }

    @Test
    void comparesWordsWithoutAccents() {
        LexiconSentiment spanish = LexiconSentiment.forLanguage("es");

        assertThat(spanish.score("Decepción total")).isEqualTo(spanish.score("decepcion total"))
                .isNegative();
        assertThat(spanish.score("No funciona la app")).isNegative();
        assertThat(spanish.score("No estoy contento")).isNegative();
        assertThat(spanish.score("Muy amables, gracias")).isPositive();
    }

    @Test
    void onlyEnglishAndSpanishHaveALexicon() {
        assertThat(LexiconSentiment.forLanguage("en").language()).isEqualTo("en");
        assertThat(LexiconSentiment.forLanguage("fr")).isNull();
        assertThat(LexiconSentiment.forLanguage("en")).isSameAs(LexiconSentiment.forLanguage("en"));
    }

    /** The figures in docs/metrics.md; the sets are in models/sentiment/ at the repository root. */
    @Test
    void scoresTheHandLabelledBankSetsAsDocumented() {
        for (String language : new String[] {"en", "es"}) {
            SentimentMetrics metrics = LexiconEvaluation.evaluate(language, SentimentCorpus.read(
                    Path.of("..", "models", "sentiment", "bank-domain-eval-" + language + ".csv")));
            assertThat(metrics.rows()).as(language).isEqualTo(100);
            assertThat(metrics.accuracy()).as(language).isGreaterThanOrEqualTo(0.85);
            SentimentMetrics blind = LexiconEvaluation.evaluate(language, SentimentCorpus.read(
                    Path.of("..", "models", "sentiment", "bank-domain-blind-" + language + ".csv")));
            assertThat(blind.accuracy()).as(language + " blind").isGreaterThanOrEqualTo(0.65);
        }
    }
}
