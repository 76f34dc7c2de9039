package com.hindsight.jobs.analyze.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.jobs.SparkSessions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the sentiment model on a labelled corpus (see {@link SentimentCorpus}), evaluates it on a
 * held-out split and writes the bundle the scorer ships with: the saved PipelineModel as one zip
 * and a JSON file of its settings and metrics. NOTE: slow; a training on the 2,400-row corpus
 * takes about half a minute and 2 GB of memory (see models/sentiment/README.md).
 */
public final class SentimentTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);
    static final StructType SCHEMA = new StructType()
            .add(SentimentPipeline.LABEL, DataTypes.DoubleType, false)
            .add(SentimentPipeline.TEXT, DataTypes.StringType, false);

    private final SparkSession spark;
    private final SentimentTrainingOptions options;

    public SentimentTrainer(SparkSession spark, SentimentTrainingOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** Fits the pipeline on all the given texts (plus their copies without emoticons, if set). */
    public PipelineModel fit(List<LabelledText> train) {
        List<LabelledText> examples = new ArrayList<>(train);
        if (options.withoutEmoticons()) {
            for (LabelledText text : train) {
                if (SentimentPipeline.hasWords(text.text())) {
                    examples.add(new LabelledText(text.label(),
                            SentimentPipeline.withoutEmoticons(text.text())));
                }
            }
        }
        return SentimentPipeline.build(options).fit(frame(examples));
    }

    /**
     * Evaluates on held-out texts twice: as written, and with their emoticons removed (texts
     * left without words are skipped), which is closer to complaint and news text.
     */
    public Evaluation evaluate(PipelineModel model, List<LabelledText> test) {
        List<LabelledText> plain = test.stream().filter(t -> SentimentPipeline.hasWords(t.text()))
                .map(t -> new LabelledText(t.label(), SentimentPipeline.withoutEmoticons(t.text())))
                .toList();
        return new Evaluation(SentimentMetrics.of(model.transform(frame(test))),
                SentimentMetrics.of(model.transform(frame(plain))));
    }

    /** Splits the corpus, fits on the training side and evaluates on the held-out side. */
    public TrainedModel train(List<LabelledText> corpus) {
        SentimentCorpus.Split split =
                SentimentCorpus.split(corpus, options.testFraction(), options.seed());
        long start = System.nanoTime();
        PipelineModel model = fit(split.train());
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation evaluation = evaluate(model, split.test());
        LOG.info(String.format(Locale.ROOT, "stage=sentiment.train train=%d test=%d fit_seconds=%.1f "
                        + "accuracy=%.4f negative_f1=%.4f auc=%.4f accuracy_without_emoticons=%.4f",
                split.train().size(), split.test().size(), seconds,
                evaluation.asWritten().accuracy(), evaluation.asWritten().negativeF1(),
                evaluation.asWritten().areaUnderRoc(), evaluation.withoutEmoticons().accuracy()));
        return new TrainedModel(model, options, split.train().size(), split.test().size(),
                evaluation, seconds);
    }

    Dataset<Row> frame(List<LabelledText> texts) {
        List<Row> rows = texts.stream()
                .map(t -> RowFactory.create((double) t.label(), t.text())).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The held-out metrics on texts as written and on the same texts without emoticons. */
    public record Evaluation(SentimentMetrics asWritten, SentimentMetrics withoutEmoticons) {
    }

    /** A fitted model with the settings and the numbers it was fitted and measured with. */
    public record TrainedModel(PipelineModel model, SentimentTrainingOptions options,
                               int trainRows, int testRows, Evaluation evaluation,
                               double fitSeconds) {
    }

    /**
     * Writes the model as a zip (entries sorted, fixed times) and its settings and metrics as
     * JSON. The zip still differs between trainings: Spark records the save time in it.
     */
    public static void writeBundle(TrainedModel trained, String corpusName, String corpusSha256,
                                   Path zip, Path json) throws IOException {
        Path folder = Files.createTempDirectory("sentiment-model");
        try {
            trained.model().write().overwrite().save(folder.resolve("model").toUri().toString());
            Path packed = folder.resolve("model.zip");
            try (OutputStream out = Files.newOutputStream(packed)) {
                ModelArchive.zip(folder.resolve("model"), out);
            }
            Path described = folder.resolve("model.json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(described.toFile(), description(trained, corpusName, corpusSha256));
            // both files are complete before either replaces the shipped one
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.move(packed, zip, StandardCopyOption.REPLACE_EXISTING);
            Files.move(described, json, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteRecursively(folder);
        }
    }

    static Map<String, Object> description(TrainedModel trained, String corpusName,
                                           String corpusSha256) {
        SentimentTrainingOptions o = trained.options();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("model", SentimentScorer.MODEL_NAME);
        d.put("trained_by", SentimentTrainer.class.getName());
        d.put("spark_version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        d.put("corpus", ordered("file", corpusName, "sha256", corpusSha256));
        d.put("labels", ordered("0", "negative", "1", "positive"));
        d.put("score", "sentiment_score = 1 - 2 * P(negative); null when the text has no "
                + "characters, words or emoticons to read");
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("stratified", true);
        split.put("test_fraction", o.testFraction());
        split.put("seed", o.seed());
        split.put("train_rows", trained.trainRows());
        split.put("test_rows", trained.testRows());
        d.put("split", split);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("removed_before_tokenising", List.of("links", "@mentions"));
        features.put("token_pattern", SentimentPipeline.TOKEN);
        features.put("bigrams", o.bigrams());
        features.put("num_features", o.numFeatures());
        features.put("min_doc_freq", o.minDocFreq());
        features.put("also_trained_without_emoticons", o.withoutEmoticons());
        d.put("features", features);
        Map<String, Object> classifier = new LinkedHashMap<>();
        classifier.put("type", "LogisticRegression");
        classifier.put("reg_param", o.regParam());
        classifier.put("elastic_net_param", 0.0);
        classifier.put("max_iter", o.maxIter());
        classifier.put("standardization", o.standardization());
        d.put("classifier", classifier);
        d.put("held_out", trained.evaluation().asWritten().toMap());
        d.put("held_out_without_emoticons", trained.evaluation().withoutEmoticons().toMap());
        return d;
    }

    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Retrains the shipped model: {@code SentimentTrainer <corpus.csv> <model.zip>} writes the
     * zip and, beside it, the JSON file of the same name. Runs on local[*] unless spark-submit
     * set a master.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].endsWith(".zip")) {
            throw new IllegalArgumentException("usage: SentimentTrainer <corpus.csv> <model.zip> "
                    + "(e.g. models/sentiment/weibo_senti_sample.csv "
                    + "jobs/src/main/resources/models/sentiment-zh.zip)");
        }
        Path corpus = Path.of(args[0]);
        Path zip = Path.of(args[1]);
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalArgumentException("corpus " + corpus + " does not exist; run from the "
                    + "repository root, the corpus is models/sentiment/weibo_senti_sample.csv");
        }
        Path json = zip.resolveSibling(zip.getFileName().toString().replaceFirst("\\.zip$", ".json"));
        String master = System.getProperty("spark.master") == null ? "local[*]" : null;
        SparkSession spark = SparkSessions.create("hindsight-sentiment-train", master, "UTC", 4);
        try {
            long start = System.nanoTime();
            TrainedModel trained = new SentimentTrainer(spark, SentimentTrainingOptions.defaults())
                    .train(SentimentCorpus.read(corpus));
            writeBundle(trained, corpus.getFileName().toString(),
                    ModelArchive.sha256(Files.readAllBytes(corpus)), zip, json);
            LOG.info(String.format(Locale.ROOT, "stage=sentiment.write zip=%s bytes=%d json=%s "
                    + "total_seconds=%.1f", zip, Files.size(zip), json,
                    (System.nanoTime() - start) / 1e9));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            spark.stop();
        }
    }
}
