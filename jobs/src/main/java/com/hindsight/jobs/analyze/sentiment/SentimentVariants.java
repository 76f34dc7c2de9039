package com.hindsight.jobs.analyze.sentiment;

import com.hindsight.jobs.SparkSessions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the candidate settings compared in docs/metrics.md on the same split, and the
 * chosen settings on five other splits, and logs one line of held-out metrics each:
 * {@code SentimentVariants <corpus.csv> [variant...]}. Writes nothing. NOTE: slow, about half a
 * minute per variant.
 */
public final class SentimentVariants {
    private static final Logger LOG = LoggerFactory.getLogger(SentimentVariants.class);

    private SentimentVariants() {
    }

    static Map<String, SentimentTrainingOptions> variants() {
        SentimentTrainingOptions chosen = SentimentTrainingOptions.defaults();
        Map<String, SentimentTrainingOptions> variants = new LinkedHashMap<>();
        variants.put("chosen", chosen);
        variants.put("unigrams", chosen.withBigrams(false));
        variants.put("reg_0.01", chosen.withRegParam(0.01));
        variants.put("reg_1.0", chosen.withRegParam(1.0));
        variants.put("standardized", chosen.withStandardization(true));
        variants.put("plus_copies_without_emoticons", chosen.withWithoutEmoticons(true));
        variants.put("features_2^16", chosen.withNumFeatures(1 << 16));
        for (long seed = 1; seed <= 5; seed++) {
            variants.put("chosen_seed_" + seed, chosen.withSeed(seed)); // how much the split matters
        }
        return variants;
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SentimentVariants <corpus.csv> [variant...]");
        }
        List<LabelledText> corpus = SentimentCorpus.read(Path.of(args[0]));
        List<String> only = List.of(args).subList(1, args.length);
        String master = System.getProperty("spark.master") == null ? "local[*]" : null;
        SparkSession spark = SparkSessions.create("hindsight-sentiment-variants", master, "UTC", 4);
        try {
            variants().forEach((name, options) -> {
                if (only.isEmpty() || only.contains(name)) {
                    var trained = new SentimentTrainer(spark, options).train(corpus);
                    SentimentMetrics m = trained.evaluation().asWritten();
                    SentimentMetrics p = trained.evaluation().withoutEmoticons();
                    LOG.info(String.format(Locale.ROOT, "variant=%s %s fit_seconds=%.1f | "
                                    + "accuracy=%.4f neg_precision=%.4f neg_recall=%.4f neg_f1=%.4f "
                                    + "auc=%.4f | without_emoticons rows=%d accuracy=%.4f neg_f1=%.4f "
                                    + "auc=%.4f", name, options, trained.fitSeconds(), m.accuracy(),
                            m.negativePrecision(), m.negativeRecall(), m.negativeF1(),
                            m.areaUnderRoc(), p.rows(), p.accuracy(), p.negativeF1(),
                            p.areaUnderRoc()));
                }
            });
        } finally {
            spark.stop();
        }
    }
}
