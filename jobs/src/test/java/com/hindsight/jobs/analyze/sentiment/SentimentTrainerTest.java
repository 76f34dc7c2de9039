package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.jobs.SparkTestSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on tiny in-memory corpora, so that the tests stay fast; the shipped model is trained
 * on the real corpus by {@link SentimentTrainer#main} (see models/sentiment/README.md).
 */
class SentimentTrainerTest {
    /** Small hashing space and no document-frequency cut: the corpus has a dozen texts. */
    private static final SentimentTrainingOptions TINY = SentimentTrainingOptions.defaults()
            .withNumFeatures(1 << 10).withMinDocFreq(0).withRegParam(0.01);
    private final SparkSession spark = SparkTestSession.get();

    private static List<LabelledText> tinyCorpus() {
        List<LabelledText> corpus = new ArrayList<>();
        for (String text : List.of("好开心[哈哈]", "非常满意，很好", "很棒很好[赞]", "开心满意",
                "好棒[哈哈]", "满意[赞]", "很开心", "太棒了")) {
            corpus.add(LabelledText.positive(text));
        }
        for (String text : List.of("太差了[怒]", "气死了，很失望", "垃圾，太差", "失望[泪]",
                "气死[怒]", "差劲垃圾", "很失望", "太气人了")) {
            corpus.add(LabelledText.negative(text));
        }
        return corpus;
    }

    private List<Double> scores(PipelineModel model, String... texts) {
        SentimentScorer scorer = new SentimentScorer(model, "trained-in-test");
        List<LabelledText> rows = new ArrayList<>();
        for (String text : texts) {
            rows.add(LabelledText.positive(text)); // the label is not read when scoring
        }
        var posts = new SentimentTrainer(spark, TINY).frame(rows)
                .withColumnRenamed(SentimentPipeline.TEXT, "text")
                .withColumn("sentiment", org.apache.spark.sql.functions.lit(null).cast("double"));
        return scorer.withSentimentScore(posts).collectAsList().stream()
                .map(r -> r.<Double>getAs(SentimentScorer.SCORE)).toList();
    }

    @Test
    void learnsToSeparateTwoObviousClasses() {
        PipelineModel model = new SentimentTrainer(spark, TINY).fit(tinyCorpus());

        List<Double> scores = scores(model, "今天很开心，满意", "真是太差了，失望");

        assertThat(scores.get(0)).isPositive();
        assertThat(scores.get(1)).isNegative();
    }

    @Test
    void evaluatesOnAStratifiedHeldOutSplit() {
        SentimentTrainer.TrainedModel trained = new SentimentTrainer(spark, TINY.withSeed(7))
                .train(tinyCorpus());

        assertThat(trained.trainRows()).isEqualTo(12);
        assertThat(trained.testRows()).isEqualTo(4);
        SentimentMetrics metrics = trained.evaluation().asWritten();
        assertThat(metrics.rows()).isEqualTo(4);
        assertThat(List.of(metrics.accuracy(), metrics.negativePrecision(), metrics.negativeRecall(),
                metrics.negativeF1(), metrics.areaUnderRoc())).allSatisfy(
                        value -> assertThat(value).isBetween(0.0, 1.0));
    }

    @Test
    void bundleUnpacksToAModelThatScoresLikeTheTrainedOne(@TempDir Path folder) throws Exception {
        SentimentTrainer.TrainedModel trained = new SentimentTrainer(spark, TINY).train(tinyCorpus());
        Path zip = folder.resolve("m.zip");
        Path json = folder.resolve("m.json");

        SentimentTrainer.writeBundle(trained, java.util.Map.of("tiny.csv", "abc"), zip, json);
        org.apache.hadoop.fs.Path unpacked = new org.apache.hadoop.fs.Path(
                folder.resolve("unpacked").toUri());
        try (InputStream in = Files.newInputStream(zip)) {
            ModelArchive.unzip(in, FileSystem.getLocal(spark.sparkContext().hadoopConfiguration()),
                    unpacked);
        }
        PipelineModel loaded = PipelineModel.read().session(spark).load(unpacked.toString());

        assertThat(scores(loaded, "很开心", "太差了", "一般"))
                .containsExactlyElementsOf(scores(trained.model(), "很开心", "太差了", "一般"));
        JsonNode description = new ObjectMapper().readTree(json.toFile());
        assertThat(description.path("corpora").path(0).path("file").asText()).isEqualTo("tiny.csv");
        assertThat(description.path("held_out").path("corpus").path("as_written").path("rows")
                .asLong()).isEqualTo(4);
        assertThat(description.path("classifier").path("reg_param").asDouble()).isEqualTo(0.01);
    }

    @Test
    void evaluatesEachCorpusOnItsOwnHeldOutSideAndEvaluationSetsWhole() {
        List<LabelledText> corpus = tinyCorpus();
        var trained = new SentimentTrainer(spark, TINY).train(List.of(
                new SentimentTrainer.NamedCorpus("a", corpus),
                new SentimentTrainer.NamedCorpus("b", corpus)),
                List.of(new SentimentTrainer.NamedCorpus("bank", List.of(
                        LabelledText.positive("很满意"), LabelledText.negative("很失望")))));

        assertThat(trained.evaluations().keySet()).containsExactly("a", "b", "bank");
        assertThat(trained.trainRows()).isEqualTo(24);
        assertThat(trained.evaluations().get("bank").asWritten().rows()).isEqualTo(2);
    }

    @Test
    void trainingFrameHasOneRowPerTextAndTheLabelAsDouble() {
        List<Row> rows = new SentimentTrainer(spark, TINY)
                .frame(List.of(LabelledText.negative("差"), LabelledText.positive("好")))
                .collectAsList();

        assertThat(rows).extracting(r -> r.getDouble(0), r -> r.getString(1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0.0, "差"),
                org.assertj.core.groups.Tuple.tuple(1.0, "好"));
    }
}
