package com.hindsight.jobs.analyze.sentiment;

import com.hindsight.jobs.SparkSessions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a saved model zip (the shipped one, or an older one from git history) on the same
 * held-out sides the trainer uses, and on whole evaluation sets, so that old and new models can
 * be compared: {@code SentimentModelEvaluation <model.zip> [<train.csv>]... [--evaluate
 * <eval.csv>]...}. Writes nothing but a temporary folder it deletes.
 */
public final class SentimentModelEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(SentimentModelEvaluation.class);

    private SentimentModelEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !args[0].endsWith(".zip")) {
            throw new IllegalArgumentException("usage: SentimentModelEvaluation <model.zip> "
                    + "[<train.csv>]... [--evaluate <eval.csv>]...");
        }
        SentimentTrainer.Corpora corpora = SentimentTrainer.Corpora.parse(
                List.of(args).subList(1, args.length));
        String master = System.getProperty("spark.master") == null ? "local[*]" : null;
        SparkSession spark = SparkSessions.create("hindsight-sentiment-evaluate", master, "UTC", 4);
        Path folder = Files.createTempDirectory("sentiment-evaluate");
        try {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(
                    folder.resolve("model").toUri());
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                ModelArchive.unzip(in, FileSystem.getLocal(
                        spark.sparkContext().hadoopConfiguration()), target);
            }
            PipelineModel model = PipelineModel.read().session(spark).load(target.toString());
            SentimentTrainingOptions options = SentimentTrainingOptions.defaults();
            SentimentTrainer trainer = new SentimentTrainer(spark, options);
            for (SentimentTrainer.NamedCorpus corpus : corpora.readTrain()) {
                log(args[0], corpus.name() + " (held out)", trainer.evaluate(model,
                        SentimentCorpus.split(corpus.rows(), options.testFraction(),
                                options.seed()).test()));
            }
            for (SentimentTrainer.NamedCorpus set : corpora.readEvaluate()) {
                log(args[0], set.name(), trainer.evaluate(model, set.rows()));
            }
        } finally {
            spark.stop();
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void log(String model, String set, SentimentTrainer.Evaluation e) {
        for (var entry : java.util.Map.of("as_written", e.asWritten(),
                "without_emoticons", e.withoutEmoticons()).entrySet()) {
            SentimentMetrics m = entry.getValue();
            LOG.info(String.format(Locale.ROOT, "stage=sentiment.measure model=%s set=%s "
                            + "texts=%s rows=%d accuracy=%.4f neg_precision=%.4f neg_recall=%.4f "
                            + "neg_f1=%.4f auc=%.4f", model, set, entry.getKey(), m.rows(),
                    m.accuracy(), m.negativePrecision(), m.negativeRecall(), m.negativeF1(),
                    m.areaUnderRoc()));
        }
    }
}
