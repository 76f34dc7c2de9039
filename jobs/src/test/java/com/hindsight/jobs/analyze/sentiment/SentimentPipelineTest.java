package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.jobs.SparkTestSession;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages of the model, run on Spark. */
class SentimentPipelineTest {
    private static Dataset<Row> frame(String... texts) {
        return new SentimentTrainer(SparkTestSession.get(), SentimentTrainingOptions.defaults())
                .frame(java.util.Arrays.stream(texts).map(LabelledText::positive).toList());
    }

    @Test
    void termsStageAddsTheTermsOfEachText() {
        ChineseTermsTransformer stage = new ChineseTermsTransformer("t")
                .setInputCol(SentimentPipeline.TEXT).setOutputCol("terms")
                .setKinds(EnumSet.of(ChineseTerms.Kind.WORDS, ChineseTerms.Kind.NEGATION));

        List<Row> rows = stage.transform(frame("不满意", "")).collectAsList();

        assertThat(rows.get(0).<String>getList(2)).containsExactly("w:不", "w:!满意");
        assertThat(rows.get(1).<String>getList(2)).isEmpty();
    }

    @Test
    void termsStageIsSavedAndLoadedWithItsKinds(@TempDir Path folder) throws Exception {
        ChineseTermsTransformer stage = new ChineseTermsTransformer("t")
                .setInputCol(SentimentPipeline.TEXT).setOutputCol("terms")
                .setKinds(EnumSet.of(ChineseTerms.Kind.CHARACTERS));
        String path = folder.resolve("stage").toString();
        stage.write().save(path);

        ChineseTermsTransformer loaded = ChineseTermsTransformer.load(path);

        assertThat(loaded.uid()).isEqualTo("t");
        assertThat(loaded.getOrDefault(loaded.kinds())).isEqualTo("CHARACTERS");
        assertThat(loaded.transform(frame("好棒")).first().<String>getList(2))
                .containsExactly("c:好", "c:棒", "cc:好棒");
    }

    @Test
    void termsStageNamesAMissingTextColumn() {
        ChineseTermsTransformer stage = new ChineseTermsTransformer("t").setInputCol("nope")
                .setOutputCol("terms");

        assertThatThrownBy(() -> stage.transform(frame("好")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("string column nope");
    }

    @Test
    void stagesHaveFixedIds() {
        assertThat(SentimentPipeline.build(SentimentTrainingOptions.defaults()).getStages())
                .extracting(PipelineStage::uid).containsExactly("sentiment_terms", "sentiment_tf",
                        "sentiment_idf", "sentiment_lr");
    }
}
