package com.hindsight.jobs.analyze.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;

/**
 * The stages of the Chinese sentiment model and the columns they pass along: the terms of
 * {@link ChineseTerms} (segmented words with negation marks, word pairs, characters and their
 * pairs, emoticons, bank-term marks), hashed term frequencies, IDF weights and a logistic
 * regression.
 *
 * <p>Every column the model adds starts with {@code _sentiment_} so that it cannot clash with a
 * column of the posts. The stages have fixed uids, so two trainings with the same settings save
 * the same stage folders.
 */
final class SentimentPipeline {
    /** The text the model reads; null or empty texts give no terms. */
    static final String TEXT = "_sentiment_text";
    static final String TERMS = "_sentiment_terms";
    static final String TERM_FREQUENCIES = "_sentiment_tf";
    static final String FEATURES = "_sentiment_features";
    static final String RAW_PREDICTION = "_sentiment_raw";
    static final String PROBABILITY = "_sentiment_probability";
    static final String PREDICTION = "_sentiment_prediction";
    /** The training label: 1.0 positive, 0.0 negative. */
    static final String LABEL = "label";
    /** The weight of a training example (corpus weight × label balance; see the trainer). */
    static final String WEIGHT = "_sentiment_weight";

    private SentimentPipeline() {
    }

    /** The text with its emoticons replaced by spaces. */
    static String withoutEmoticons(String text) {
        return ChineseTerms.withoutEmoticons(text);
    }

    /** Whether the model finds anything but emoticons to read in the text. */
    static boolean hasWords(String text) {
        return ChineseTerms.hasWords(text);
    }

    static Pipeline build(SentimentTrainingOptions options) {
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(new ChineseTermsTransformer("sentiment_terms").setInputCol(TEXT)
                .setOutputCol(TERMS).setKinds(options.kinds()));
        stages.add(new HashingTF("sentiment_tf").setInputCol(TERMS)
                .setOutputCol(TERM_FREQUENCIES).setNumFeatures(options.numFeatures()));
        stages.add(new IDF("sentiment_idf").setInputCol(TERM_FREQUENCIES).setOutputCol(FEATURES)
                .setMinDocFreq(options.minDocFreq()));
        stages.add(new LogisticRegression("sentiment_lr").setFeaturesCol(FEATURES)
                .setLabelCol(LABEL).setRawPredictionCol(RAW_PREDICTION)
                .setProbabilityCol(PROBABILITY).setPredictionCol(PREDICTION)
                .setRegParam(options.regParam()).setElasticNetParam(0.0)
                .setMaxIter(options.maxIter()).setStandardization(options.standardization())
                .setFamily("binomial").setWeightCol(WEIGHT));
        return new Pipeline("sentiment_pipeline").setStages(stages.toArray(new PipelineStage[0]));
    }

    /** A Spark SQL string literal; backslashes are escaped because the parser unescapes them. */
    static String sqlString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
