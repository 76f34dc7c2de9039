package com.hindsight.jobs.analyze.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.SQLTransformer;

/**
 * The stages of the sentiment model and the columns they pass along. Chinese has no spaces
 * between words, so the tokens are single Han characters, Latin words and whole Weibo emoticons
 * such as {@code [哈哈]}; bigrams of neighbouring tokens stand in for words. Links and
 * {@code @mentions} are removed first: they name people and banks, not feelings.
 *
 * <p>Every column the model adds starts with {@code _sentiment_} so that it cannot clash with a
 * column of the posts. The stages have fixed uids, so two trainings with the same settings save
 * the same stage folders.
 */
final class SentimentPipeline {
    /** The text the model reads; null or empty texts give no tokens. */
    static final String TEXT = "_sentiment_text";
    static final String CLEAN = "_sentiment_clean";
    static final String TOKENS = "_sentiment_tokens";
    static final String BIGRAMS = "_sentiment_bigrams";
    static final String TERMS = "_sentiment_terms";
    static final String TERM_FREQUENCIES = "_sentiment_tf";
    static final String FEATURES = "_sentiment_features";
    static final String RAW_PREDICTION = "_sentiment_raw";
    static final String PROBABILITY = "_sentiment_probability";
    static final String PREDICTION = "_sentiment_prediction";
    /** The training label: 1.0 positive, 0.0 negative. */
    static final String LABEL = "label";

    /** A Weibo emoticon: a short bracketed name without spaces, e.g. [哈哈], [good], [?]. */
    static final String EMOTICON = "\\[[^\\[\\]\\s]{1,8}\\]";
    static final String LINK = "https?://[!-~]+";
    /** "@name", up to the space, colon or punctuation that ends a Weibo mention. */
    static final String MENTION = "@[^\\s@:：,，;；!！?？。、()（）\\[\\]/]+";
    /** Applied to lower-cased text; everything else (digits, punctuation, ?) is dropped. */
    static final String TOKEN = EMOTICON + "|\\p{IsHan}|[a-z]+";

    private static final Pattern EMOTICONS = Pattern.compile(EMOTICON);
    private static final Pattern NOT_READ = Pattern.compile(LINK + "|" + MENTION);
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}A-Za-z]");

    private SentimentPipeline() {
    }

    /** The text with its emoticons replaced by spaces. */
    static String withoutEmoticons(String text) {
        return EMOTICONS.matcher(text).replaceAll(" ");
    }

    /** Whether the model finds anything but emoticons to read in the text. */
    static boolean hasWords(String text) {
        return WORD.matcher(NOT_READ.matcher(withoutEmoticons(text)).replaceAll(" ")).find();
    }

    static Pipeline build(SentimentTrainingOptions options) {
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(new SQLTransformer("sentiment_clean").setStatement("SELECT *, regexp_replace("
                + "regexp_replace(coalesce(`" + TEXT + "`, ''), " + sqlString(LINK) + ", ' '), "
                + sqlString(MENTION) + ", ' ') AS `" + CLEAN + "` FROM __THIS__"));
        stages.add(new RegexTokenizer("sentiment_tokens").setInputCol(CLEAN).setOutputCol(TOKENS)
                .setGaps(false).setPattern(TOKEN).setToLowercase(true).setMinTokenLength(1));
        String terms = TOKENS;
        if (options.bigrams()) {
            stages.add(new NGram("sentiment_bigrams").setN(2).setInputCol(TOKENS)
                    .setOutputCol(BIGRAMS));
            stages.add(new SQLTransformer("sentiment_terms").setStatement("SELECT *, concat(`"
                    + TOKENS + "`, `" + BIGRAMS + "`) AS `" + TERMS + "` FROM __THIS__"));
            terms = TERMS;
        }
        stages.add(new HashingTF("sentiment_tf").setInputCol(terms)
                .setOutputCol(TERM_FREQUENCIES).setNumFeatures(options.numFeatures()));
        stages.add(new IDF("sentiment_idf").setInputCol(TERM_FREQUENCIES).setOutputCol(FEATURES)
                .setMinDocFreq(options.minDocFreq()));
        stages.add(new LogisticRegression("sentiment_lr").setFeaturesCol(FEATURES)
                .setLabelCol(LABEL).setRawPredictionCol(RAW_PREDICTION)
                .setProbabilityCol(PROBABILITY).setPredictionCol(PREDICTION)
                .setRegParam(options.regParam()).setElasticNetParam(0.0)
                .setMaxIter(options.maxIter()).setStandardization(options.standardization())
                .setFamily("binomial"));
        return new Pipeline("sentiment_pipeline").setStages(stages.toArray(new PipelineStage[0]));
    }

    /** A Spark SQL string literal; backslashes are escaped because the parser unescapes them. */
    static String sqlString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
