package com.hindsight.jobs.analyze.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a language's lexicon on a labelled CSV (header {@code label,review}, as
 * models/sentiment/bank-domain-eval-en.csv) and prints the metrics and every text it gets wrong:
 * {@code LexiconEvaluation <lang> <eval.csv>}. Plain Java, no Spark; a second or so.
 */
public final class LexiconEvaluation {
    private LexiconEvaluation() {
    }

    /** The metrics of the lexicon of {@code language} on the texts. */
    static SentimentMetrics evaluate(String language, List<LabelledText> texts) {
        LexiconSentiment lexicon = LexiconSentiment.forLanguage(language);
        if (lexicon == null) {
            throw new IllegalArgumentException("no lexicon for language " + language
                    + "; the product has " + Lexicons.LANGUAGES);
        }
        List<Double> scores = new ArrayList<>();
        for (LabelledText text : texts) {
            Double score = lexicon.score(text.text());
            scores.add(score == null ? 0.0 : score);
        }
        return SentimentMetrics.ofScores(texts, scores);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LexiconEvaluation <en|es> <eval.csv>");
        }
        List<LabelledText> texts = SentimentCorpus.read(Path.of(args[1]));
        SentimentMetrics m = evaluate(args[0], texts);
        LexiconSentiment lexicon = LexiconSentiment.forLanguage(args[0]);
        for (LabelledText text : texts) {
            Double score = lexicon.score(text.text());
            double s = score == null ? 0 : score;
            if ((s < 0) != (text.label() == LabelledText.NEGATIVE)) {
                System.out.printf(Locale.ROOT, "wrong label=%d score=%+.3f %s%n", text.label(), s,
                        text.text());
            }
        }
        System.out.printf(Locale.ROOT, "lexicon=%s rows=%d accuracy=%.4f negative_precision=%.4f "
                        + "negative_recall=%.4f negative_f1=%.4f auc=%.4f%n", args[0], m.rows(),
                m.accuracy(), m.negativePrecision(), m.negativeRecall(), m.negativeF1(),
                m.areaUnderRoc());
    }
}
