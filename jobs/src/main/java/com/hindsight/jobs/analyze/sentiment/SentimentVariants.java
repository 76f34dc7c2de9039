package com.hindsight.jobs.analyze.sentiment;

import com.hindsight.jobs.SparkSessions;
import com.hindsight.jobs.analyze.sentiment.ChineseTerms.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the candidate settings compared in docs/metrics.md on the same splits, and the chosen
 * settings on other splits, and logs the held-out metrics of each:
 * {@code SentimentVariants [--weight N] <train.csv>... [--evaluate <eval.csv>]...
 * [--only name,name]}.
 * Writes nothing. NOTE: slow, one to two minutes per variant on the shipped corpora.
 */
public final class SentimentVariants {
    private static final Logger LOG = LoggerFactory.getLogger(SentimentVariants.class);

    private SentimentVariants() {
    }

    static Map<String, SentimentTrainingOptions> variants() {
        SentimentTrainingOptions chosen = SentimentTrainingOptions.defaults();
        Set<Kind> all = chosen.kinds();
        Map<String, SentimentTrainingOptions> variants = new LinkedHashMap<>();
        variants.put("chosen", chosen);
        variants.put("characters_only", chosen.withKinds(EnumSet.of(Kind.EMOTICONS,
                Kind.CHARACTERS)));
        variants.put("words_only", chosen.withKinds(EnumSet.of(Kind.EMOTICONS, Kind.WORDS,
                Kind.NEGATION, Kind.WORD_PAIRS)));
        variants.put("no_negation", chosen.withKinds(without(all, Kind.NEGATION)));
        variants.put("no_bank_terms", chosen.withKinds(without(all, Kind.BANK_TERMS)));
        variants.put("no_word_pairs", chosen.withKinds(without(all, Kind.WORD_PAIRS)));
        variants.put("no_copies_without_emoticons", chosen.withWithoutEmoticons(false));
        variants.put("unbalanced", chosen.withBalanced(false));
        variants.put("reg_0.01", chosen.withRegParam(0.01));
        variants.put("reg_1.0", chosen.withRegParam(1.0));
        for (long seed = 1; seed <= 3; seed++) {
            variants.put("chosen_seed_" + seed, chosen.withSeed(seed)); // how much the split matters
        }
        return variants;
    }

    private static Set<Kind> without(Set<Kind> kinds, Kind dropped) {
        Set<Kind> rest = EnumSet.copyOf(kinds);
        rest.remove(dropped);
        return rest;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        Set<String> only = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only") && i + 1 < args.length) {
                only.addAll(List.of(args[++i].split(",")));
            } else {
                rest.add(args[i]);
            }
        }
        SentimentTrainer.Corpora parsed = SentimentTrainer.Corpora.parse(rest);
        if (parsed.train().isEmpty()) {
            throw new IllegalArgumentException("usage: SentimentVariants [--weight N] <train.csv>... "
                    + "[--evaluate <eval.csv>]... [--only name,name]");
        }
        var corpora = parsed.readTrain();
        var sets = parsed.readEvaluate();
        String master = System.getProperty("spark.master") == null ? "local[*]" : null;
        SparkSession spark = SparkSessions.create("hindsight-sentiment-variants", master, "UTC", 4);
        try {
            variants().forEach((name, options) -> {
                if (only.isEmpty() || only.contains(name)) {
                    var trained = new SentimentTrainer(spark, options).train(corpora, sets);
                    trained.evaluations().forEach((set, e) -> {
                        SentimentMetrics m = e.asWritten();
                        SentimentMetrics p = e.withoutEmoticons();
                        LOG.info(String.format(Locale.ROOT, "variant=%s set=%s fit_seconds=%.1f | "
                                        + "rows=%d accuracy=%.4f neg_f1=%.4f auc=%.4f | "
                                        + "without_emoticons rows=%d accuracy=%.4f neg_f1=%.4f "
                                        + "auc=%.4f", name, set, trained.fitSeconds(), m.rows(),
                                m.accuracy(), m.negativeF1(), m.areaUnderRoc(), p.rows(),
                                p.accuracy(), p.negativeF1(), p.areaUnderRoc()));
                    });
                }
            });
        } finally {
            spark.stop();
        }
    }
}
