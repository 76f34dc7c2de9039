package com.hindsight.jobs.analyze.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.hindsight.model.SourceTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every post a sentiment score: the archive's {@code sentiment} where the post has one;
 * else, by the post's language ({@link PostLanguage}: its {@code lang} field, or a guess from the
 * text), the bundled Chinese model's {@code 1 - 2 * P(negative)} or the English or Spanish
 * lexicon's score ({@link LexiconSentiment}). All are in [-1, 1] and below 0 means negative; for
 * the model that is the same as "P(negative) > 0.5". Posts in other languages are not scored.
 *
 * <p>The model ships as the classpath resource {@value #RESOURCE}. {@link #load} unpacks it once
 * per model version into the warehouse's models folder (any Hadoop file system), because on a cluster the
 * executors cannot see the driver's class path or local files.
 */
public final class SentimentScorer {
    public static final String MODEL_NAME = "sentiment-zh";
    static final String RESOURCE = "/models/" + MODEL_NAME + ".zip";
    /** The score in [-1, 1]; null when the post has no sentiment and no text to read. */
    public static final String SCORE = "sentiment_score";
    /**
     * Where the score came from: {@value #FROM_ARCHIVE}, {@value #FROM_MODEL},
     * {@value #FROM_LEXICON} or null (not scored).
     */
    public static final String SOURCE = "sentiment_source";
    public static final String FROM_ARCHIVE = "archive";
    /** The Chinese model. */
    public static final String FROM_MODEL = "model";
    /** The English or Spanish word list. */
    public static final String FROM_LEXICON = "lexicon";
    private static final String TEXT = SourceTable.MEDIA.field("text").name();
    private static final String LANG = SourceTable.MEDIA.field("lang").name();
    private static final String LANGUAGE = "_sentiment_language";
    private static final String LEXICON_SCORE = "_sentiment_lexicon_score";
    private static final String SENTIMENT = SourceTable.MEDIA.field("sentiment").name();
    private static final String COMPLETE = "_COMPLETE";
    private static final Logger LOG = LoggerFactory.getLogger(SentimentScorer.class);

    private final PipelineModel model;
    private final String name;

    SentimentScorer(PipelineModel model, String name) {
        this.model = model;
        this.name = name;
    }

    /**
     * The model's name with the first 12 hex digits of its archive's SHA-256
     * ({@code sentiment-zh-3f2a...}): what a run's scores depend on besides the code.
     */
    public String name() {
        return name;
    }

    /**
     * Loads the bundled model, first unpacking it to
     * {@code <modelsFolder>/sentiment-zh-<first 12 hex digits of the zip's SHA-256>} unless an
     * earlier run already did. Costs a few seconds (Spark reads the model's metadata and data).
     *
     * @param modelsFolder where unpacked models are kept across runs, on a file system the
     *                     executors can read: {@code Warehouse.modelLocation()}
     */
    public static SentimentScorer load(SparkSession spark, String modelsFolder) {
        byte[] zip = ModelArchive.readResource(RESOURCE);
        String folder = MODEL_NAME + "-" + ModelArchive.sha256(zip).substring(0, 12);
        Path target = new Path(modelsFolder, folder);
        try {
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            target = fs.makeQualified(target);
            boolean reused = fs.exists(new Path(target, COMPLETE));
            if (!reused) {
                unpack(zip, fs, target);
            }
            LOG.info("stage=analyze.sentiment model={} path={} reused={}", folder, target, reused);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sentiment model into " + target
                    + "; check that " + modelsFolder + " is writable", e);
        }
        return new SentimentScorer(PipelineModel.read().session(spark).load(target.toString()),
                folder);
    }

    /**
     * Unpacks into a fresh sibling folder, marks it complete and renames it into place, so that a
     * run killed half-way or a concurrent run never leaves a partial model under the final name.
     */
    private static void unpack(byte[] zip, FileSystem fs, Path target) throws IOException {
        Path partial = new Path(target.getParent(), "." + target.getName() + "-" + UUID.randomUUID());
        ModelArchive.unzip(new ByteArrayInputStream(zip), fs, partial);
        fs.create(new Path(partial, COMPLETE), true).close();
        if (fs.exists(target)) {
            fs.delete(target, true); // left by a run that died before marking it complete
        }
        if (!fs.rename(partial, target)) {
            fs.delete(partial, true);
            if (!fs.exists(new Path(target, COMPLETE))) {
                throw new IOException("cannot move " + partial + " to " + target);
            }
        }
    }

    /**
     * Adds {@value #SCORE} and {@value #SOURCE} to posts (replacing them if present) and keeps
     * every other column as it is.
     * Posts with a {@code sentiment} keep it (source {@value #FROM_ARCHIVE}); of the others, the
     * Chinese ones are read by the model (source {@value #FROM_MODEL}), the English and Spanish
     * ones by their lexicon (source {@value #FROM_LEXICON}); posts in another language, or with
     * nothing to read in their text, get nulls. A {@code lang} column is optional (without it
     * every language is guessed). One pass, no shuffle, row order kept.
     */
    public Dataset<Row> withSentimentScore(Dataset<Row> posts) {
        requireColumns(posts, TEXT, SENTIMENT);
        List<Column> output = new ArrayList<>();
        for (String name : posts.columns()) {
            if (!name.equals(SCORE) && !name.equals(SOURCE)) {
                output.add(col(name));
            }
        }
        Column archived = col(SENTIMENT).isNotNull();
        Column lang = Arrays.asList(posts.columns()).contains(LANG)
                ? col(LANG).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
        UserDefinedFunction languageOf = udf((UDF2<String, String, String>) PostLanguage::of,
                DataTypes.StringType);
        UserDefinedFunction lexiconScore = udf((UDF2<String, String, Double>) (text, language) -> {
            LexiconSentiment lexicon = LexiconSentiment.forLanguage(language);
            return lexicon == null ? null : lexicon.score(text);
        }, DataTypes.DoubleType);
        UserDefinedFunction readable = udf((UDF1<String, Boolean>) ChineseTerms::readable,
                DataTypes.BooleanType);
        Column read = size(col(SentimentPipeline.TERMS)).gt(0);
        Column negative = functions.vector_to_array(col(SentimentPipeline.PROBABILITY), "float64")
                .getItem(LabelledText.NEGATIVE);
        Column byLexicon = col(LEXICON_SCORE).isNotNull();
        output.add(when(archived, col(SENTIMENT).cast(DataTypes.DoubleType))
                .when(read, lit(1.0).minus(lit(2.0).multiply(negative)))
                .when(byLexicon, col(LEXICON_SCORE))
                .as(SCORE));
        output.add(when(archived, lit(FROM_ARCHIVE)).when(read, lit(FROM_MODEL))
                .when(byLexicon, lit(FROM_LEXICON)).as(SOURCE));
        Column language = col(LANGUAGE);
        Dataset<Row> input = posts
                .withColumn(LANGUAGE, when(archived, lit(null).cast(DataTypes.StringType))
                        .otherwise(languageOf.apply(lang, col(TEXT))))
                .withColumn(SentimentPipeline.TEXT, when(language.equalTo(PostLanguage.CHINESE)
                        .and(readable.apply(col(TEXT))), col(TEXT))
                        .otherwise(lit(null).cast(DataTypes.StringType)))
                .withColumn(LEXICON_SCORE, when(language.isin(PostLanguage.ENGLISH,
                        PostLanguage.SPANISH), lexiconScore.apply(col(TEXT), language)));
        return model.transform(input).select(output.toArray(new Column[0]));
    }

    private static void requireColumns(Dataset<Row> posts, String... names) {
        List<String> present = Arrays.asList(posts.columns());
        List<String> missing = Arrays.stream(names).filter(n -> !present.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("posts lack the column(s) " + missing
                    + " needed for sentiment scores; they have " + present);
        }
    }
}
