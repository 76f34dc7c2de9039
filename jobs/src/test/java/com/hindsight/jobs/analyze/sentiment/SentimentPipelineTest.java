package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import java.util.List;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** What the model reads of a text. */
class SentimentPipelineTest {
    private static List<String> tokens(String text) {
        PipelineStage[] stages = SentimentPipeline.build(SentimentTrainingOptions.defaults())
                .getStages();
        Dataset<Row> frame = new SentimentTrainer(SparkTestSession.get(),
                SentimentTrainingOptions.defaults()).frame(List.of(LabelledText.positive(text)));
        Dataset<Row> cleaned = ((Transformer) stages[0]).transform(frame);
        return ((Transformer) stages[1]).transform(cleaned).first()
                .getList(cleaned.columns().length);
    }

    @Test
    void splitsChineseIntoCharactersAndKeepsEmoticonsWhole() {
        assertThat(tokens("服务很好，谢谢[哈哈][good]！"))
                .containsExactly("服", "务", "很", "好", "谢", "谢", "[哈哈]", "[good]");
    }

    @Test
    void dropsLinksMentionsDigitsPunctuationAndLostCharacters() {
        assertThat(tokens("//@招商银行:转账500元?? 看http://t.cn/zWq3abc @张三 OK"))
                .containsExactly("转", "账", "元", "看", "ok");
    }

    @Test
    void removesEmoticonsOnlyWhereAsked() {
        assertThat(SentimentPipeline.withoutEmoticons("好[哈哈]棒")).isEqualTo("好 棒");
        assertThat(SentimentPipeline.hasWords("[哈哈] @某人 http://t.cn/x")).isFalse();
        assertThat(SentimentPipeline.hasWords("[哈哈] 好")).isTrue();
    }

    @Test
    void escapesRegularExpressionsForSparkSql() {
        assertThat(SentimentPipeline.sqlString("\\s'")).isEqualTo("'\\\\s\\''");
    }

    @Test
    void stagesHaveFixedIds() {
        assertThat(SentimentPipeline.build(SentimentTrainingOptions.defaults()).getStages())
                .extracting(PipelineStage::uid).containsExactly("sentiment_clean",
                        "sentiment_tokens", "sentiment_bigrams", "sentiment_terms", "sentiment_tf",
                        "sentiment_idf", "sentiment_lr");
    }
}
