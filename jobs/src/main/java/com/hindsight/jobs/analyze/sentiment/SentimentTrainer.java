package com.hindsight.jobs.analyze.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

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
import java.util.Collections;
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
 * Trains the Chinese sentiment model on labelled corpora (see {@link SentimentCorpus}), evaluates
 * it on each corpus's held-out split and on evaluation sets, and writes the bundle the scorer
 * ships with: the saved PipelineModel as one zip and a JSON file of its settings and metrics.
 * NOTE: slow; the shipped training (10,500 texts) took 15 minutes and 4.6 GB on a busy 2-core
 * machine (see models/sentiment/README.md).
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
        return fit(train, Collections.nCopies(train.size(), 1.0));
    }

    /**
     * Fits on texts of the given weights (a corpus's weight, see {@link NamedCorpus}); with
     * {@code balanced}, each weight is also scaled so that both labels weigh the same in total.
     */
    PipelineModel fit(List<LabelledText> train, List<Double> weights) {
        List<LabelledText> examples = new ArrayList<>();
        List<Double> exampleWeights = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            LabelledText text = train.get(i);
            examples.add(text);
            exampleWeights.add(weights.get(i));
            String plain = SentimentPipeline.withoutEmoticons(text.text());
            if (options.withoutEmoticons() && !plain.equals(text.text())
                    && SentimentPipeline.hasWords(text.text())) {
                examples.add(new LabelledText(text.label(), plain));
                exampleWeights.add(weights.get(i));
            }
        }
        double[] byLabel = new double[2];
        for (int i = 0; i < examples.size(); i++) {
            byLabel[examples.get(i).label()] += exampleWeights.get(i);
        }
        double total = byLabel[0] + byLabel[1];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            LabelledText text = examples.get(i);
            double balance = options.balanced() ? total / (2 * Math.max(1e-9, byLabel[text.label()]))
                    : 1.0;
            rows.add(RowFactory.create((double) text.label(), text.text(),
                    exampleWeights.get(i) * balance));
        }
        return SentimentPipeline.build(options).fit(spark.createDataFrame(rows,
                SCHEMA.add(SentimentPipeline.WEIGHT, DataTypes.DoubleType, false)));
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

    /** Splits one corpus, fits on the training side and evaluates on the held-out side. */
    public TrainedModel train(List<LabelledText> corpus) {
        return train(List.of(new NamedCorpus("corpus", corpus)), List.of());
    }

    /**
     * Splits each training corpus on its own (stratified, seeded), fits one model on all the
     * training sides and evaluates it on each held-out side separately, and on each evaluation
     * set, which is never trained on.
     */
    public TrainedModel train(List<NamedCorpus> corpora, List<NamedCorpus> evaluationSets) {
        List<LabelledText> train = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Map<String, List<LabelledText>> tests = new LinkedHashMap<>();
        for (NamedCorpus corpus : corpora) {
            SentimentCorpus.Split split =
                    SentimentCorpus.split(corpus.rows(), options.testFraction(), options.seed());
            train.addAll(split.train());
            weights.addAll(Collections.nCopies(split.train().size(), corpus.weight()));
            tests.put(corpus.name(), split.test());
        }
        for (NamedCorpus set : evaluationSets) {
            tests.put(set.name(), set.rows());
        }
        long start = System.nanoTime();
        PipelineModel model = fit(train, weights);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        tests.forEach((name, test) -> {
            Evaluation evaluation = evaluate(model, test);
            evaluations.put(name, evaluation);
            LOG.info(String.format(Locale.ROOT, "stage=sentiment.evaluate set=%s rows=%d "
                            + "accuracy=%.4f negative_f1=%.4f auc=%.4f "
                            + "rows_without_emoticons=%d accuracy_without_emoticons=%.4f "
                            + "negative_f1_without_emoticons=%.4f", name, test.size(),
                    evaluation.asWritten().accuracy(), evaluation.asWritten().negativeF1(),
                    evaluation.asWritten().areaUnderRoc(), evaluation.withoutEmoticons().rows(),
                    evaluation.withoutEmoticons().accuracy(),
                    evaluation.withoutEmoticons().negativeF1()));
        });
        int testRows = corpora.stream().mapToInt(c -> tests.get(c.name()).size()).sum();
        LOG.info(String.format(Locale.ROOT, "stage=sentiment.train train=%d test=%d "
                + "fit_seconds=%.1f", train.size(), testRows, seconds));
        Map<String, Double> corpusWeights = new LinkedHashMap<>();
        corpora.forEach(c -> corpusWeights.put(c.name(), c.weight()));
        return new TrainedModel(model, options, train.size(), testRows, evaluations,
                corpusWeights, seconds);
    }

    Dataset<Row> frame(List<LabelledText> texts) {
        List<Row> rows = texts.stream()
                .map(t -> RowFactory.create((double) t.label(), t.text())).toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** The held-out metrics on texts as written and on the same texts without emoticons. */
    public record Evaluation(SentimentMetrics asWritten, SentimentMetrics withoutEmoticons) {
    }

    /**
     * A labelled corpus, the name its figures are reported under and the weight of each of its
     * texts in the fit (1 for the public corpora; more for a small in-domain corpus, so that
     * a few hundred texts are not drowned by ten thousand).
     */
    public record NamedCorpus(String name, List<LabelledText> rows, double weight) {
        public NamedCorpus {
            rows = List.copyOf(rows);
            if (!(weight > 0)) {
                throw new IllegalArgumentException("the weight of corpus " + name
                        + " must be > 0: " + weight);
            }
        }

        public NamedCorpus(String name, List<LabelledText> rows) {
            this(name, rows, 1.0);
        }

        static NamedCorpus read(Path csv, double weight) {
            String file = csv.getFileName().toString();
            return new NamedCorpus(file.replaceFirst("\\.csv$", ""), SentimentCorpus.read(csv),
                    weight);
        }
    }

    /**
     * The corpora of a command line: {@code [--weight N] <train.csv>}... and
     * {@code --evaluate <eval.csv>}...; a weight applies to the next training corpus only.
     */
    record Corpora(Map<Path, Double> train, List<Path> evaluate) {
        static Corpora parse(List<String> args) {
            Map<Path, Double> train = new LinkedHashMap<>();
            List<Path> evaluate = new ArrayList<>();
            double weight = 1.0;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--evaluate") || arg.equals("--weight")) && i + 1 == args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                if (arg.equals("--evaluate")) {
                    evaluate.add(Path.of(args.get(++i)));
                } else if (arg.equals("--weight")) {
                    weight = Double.parseDouble(args.get(++i));
                } else {
                    train.put(Path.of(arg), weight);
                    weight = 1.0;
                }
            }
            return new Corpora(train, evaluate);
        }

        List<NamedCorpus> readTrain() {
            return train.entrySet().stream()
                    .map(e -> NamedCorpus.read(e.getKey(), e.getValue())).toList();
        }

        List<NamedCorpus> readEvaluate() {
            return evaluate.stream().map(p -> NamedCorpus.read(p, 1.0)).toList();
        }
    }

    /**
     * A fitted model with the settings and the numbers it was fitted and measured with; the
     * evaluations are keyed by corpus (held-out side) or evaluation set name, in training order.
     */
    public record TrainedModel(PipelineModel model, SentimentTrainingOptions options,
                               int trainRows, int testRows, Map<String, Evaluation> evaluations,
                               Map<String, Double> corpusWeights, double fitSeconds) {
        public TrainedModel {
            evaluations = Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
            corpusWeights = Collections.unmodifiableMap(new LinkedHashMap<>(corpusWeights));
        }

        /** The evaluation of the first corpus (the only one when trained on one corpus). */
        public Evaluation evaluation() {
            return evaluations.values().iterator().next();
        }
    }

    /**
     * Writes the model as a zip (entries sorted, fixed times) and its settings and metrics as
     * JSON. The zip still differs between trainings: Spark records the save time in it.
     */
    public static void writeBundle(TrainedModel trained, Map<String, String> corpusSha256,
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
                    .writeValue(described.toFile(), description(trained, corpusSha256));
            // both files are complete before either replaces the shipped one
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.move(packed, zip, StandardCopyOption.REPLACE_EXISTING);
            Files.move(described, json, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteRecursively(folder);
        }
    }

    static Map<String, Object> description(TrainedModel trained,
                                           Map<String, String> corpusSha256) {
        SentimentTrainingOptions o = trained.options();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("model", SentimentScorer.MODEL_NAME);
        d.put("trained_by", SentimentTrainer.class.getName());
        d.put("spark_version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        List<Map<String, Object>> files = new ArrayList<>();
        corpusSha256.forEach((file, sha) -> files.add(ordered("file", file, "sha256", sha)));
        d.put("corpora", files);
        d.put("labels", ordered("0", "negative", "1", "positive"));
        d.put("score", "sentiment_score = 1 - 2 * P(negative); null when the text has no "
                + "characters, words or emoticons to read");
        d.put("language", "zh");
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("stratified", true);
        split.put("test_fraction", o.testFraction());
        split.put("seed", o.seed());
        split.put("train_rows", trained.trainRows());
        split.put("test_rows", trained.testRows());
        d.put("split", split);
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("removed_before_tokenising", List.of("links", "@mentions"));
        features.put("segmentation", "com.hindsight.search.TextAnalyzers.multilingual()");
        features.put("kinds", o.kinds().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
                .toList());
        features.put("negation_words", ChineseTerms.NEGATIONS.stream().sorted().toList());
        features.put("negation_scope_words", ChineseTerms.NEGATION_SCOPE);
        features.put("bank_terms", ordered("negative", String.valueOf(BankTerms.NEGATIVE.size()),
                "positive", String.valueOf(BankTerms.POSITIVE.size())));
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
        classifier.put("class_weights", o.balanced() ? "balanced" : "none");
        d.put("classifier", classifier);
        d.put("corpus_weights", trained.corpusWeights());
        d.put("fit_seconds", Math.round(trained.fitSeconds() * 10) / 10.0);
        Map<String, Object> evaluations = new LinkedHashMap<>();
        trained.evaluations().forEach((name, evaluation) -> evaluations.put(name, ordered(
                "as_written", evaluation.asWritten().toMap(),
                "without_emoticons", evaluation.withoutEmoticons().toMap())));
        d.put("held_out", evaluations);
        return d;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
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
     * Retrains the shipped model: {@code SentimentTrainer <train.csv>... [--evaluate <eval.csv>]...
     * <model.zip>} trains on every training corpus (each split on its own), evaluates on the
     * held-out sides and on the evaluation sets (never trained on), and writes the zip and,
     * beside it, the JSON file of the same name. Runs on local[*] unless spark-submit set a
     * master.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[args.length - 1].endsWith(".zip")) {
            throw new IllegalArgumentException("usage: SentimentTrainer [--weight N] <train.csv>... "
                    + "[--evaluate <eval.csv>]... <model.zip> (see models/sentiment/README.md)");
        }
        Corpora corpora = Corpora.parse(List.of(args).subList(0, args.length - 1));
        Path zip = Path.of(args[args.length - 1]);
        Map<String, String> checksums = new LinkedHashMap<>();
        for (Path corpus : concat(List.copyOf(corpora.train().keySet()), corpora.evaluate())) {
            if (!Files.isRegularFile(corpus)) {
                throw new IllegalArgumentException("corpus " + corpus + " does not exist; run from "
                        + "the repository root (the corpora are in models/sentiment/)");
            }
            checksums.put(corpus.getFileName().toString(),
                    ModelArchive.sha256(Files.readAllBytes(corpus)));
        }
        Path json = zip.resolveSibling(zip.getFileName().toString().replaceFirst("\\.zip$", ".json"));
        String master = System.getProperty("spark.master") == null ? "local[*]" : null;
        SparkSession spark = SparkSessions.create("hindsight-sentiment-train", master, "UTC", 4);
        try {
            long start = System.nanoTime();
            TrainedModel trained = new SentimentTrainer(spark, SentimentTrainingOptions.defaults())
                    .train(corpora.readTrain(), corpora.readEvaluate());
            writeBundle(trained, checksums, zip, json);
            LOG.info(String.format(Locale.ROOT, "stage=sentiment.write zip=%s bytes=%d json=%s "
                    + "total_seconds=%.1f", zip, Files.size(zip), json,
                    (System.nanoTime() - start) / 1e9));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            spark.stop();
        }
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
