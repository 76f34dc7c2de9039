package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.jobs.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model as the analyze stage uses it. */
class SentimentScorerTest {
    private static final StructType POSTS = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("likes", DataTypes.LongType, true)
            .add("sentiment", DataTypes.DoubleType, true);

    @TempDir
    static Path workDir;
    private static SentimentScorer scorer;
    private final SparkSession spark = SparkTestSession.get();

    @BeforeAll
    static void loadBundledModel() {
        scorer = SentimentScorer.load(SparkTestSession.get(), workDir.resolve("_models").toString());
    }

    private Dataset<Row> posts(Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return spark.createDataFrame(list, POSTS);
    }

    private Dataset<Row> textsWithoutSentiment(String... texts) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            rows.add(new Object[] {String.format("p%04d", i), texts[i], 0L, null});
        }
        return posts(rows.toArray(new Object[0][]));
    }

    private List<Double> scores(Dataset<Row> posts) {
        return scorer.withSentimentScore(posts).orderBy("id").collectAsList().stream()
                .map(r -> r.<Double>getAs(SentimentScorer.SCORE)).toList();
    }

    @Test
    void callsObviouslyNegativePostsNegative() {
        assertThat(scores(textsWithoutSentiment(
                "银行系统崩溃，转账失败，钱不见了",
                "垃圾银行，排队两个小时没人管，投诉也没用[怒]",
                "卡被盗刷了，客服一直推脱，太失望了[泪]",
                "什么破服务，简直恶心，退钱！")))
                .allSatisfy(score -> assertThat(score).isNegative());
    }

    @Test
    void callsObviouslyPositivePostsPositive() {
        assertThat(scores(textsWithoutSentiment(
                "服务很好，非常满意，谢谢[哈哈]",
                "工作人员很热情，问题很快解决了，给力[赞]",
                "今天好开心，谢谢大家的祝福[爱你]",
                "太棒了，支持你们[鼓掌][鼓掌]")))
                .allSatisfy(score -> assertThat(score).isPositive());
    }

    @Test
    void keepsTheArchiveSentimentAndDoesNotScoreThosePosts() {
        Dataset<Row> scored = scorer.withSentimentScore(posts(
                new Object[] {"p1", "服务很好，非常满意，谢谢[哈哈]", 3L, -0.8},
                new Object[] {"p2", null, 0L, 0.25}));

        assertThat(scored.orderBy("id").collectAsList()).extracting(
                        r -> r.getAs(SentimentScorer.SCORE), r -> r.getAs(SentimentScorer.SOURCE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(-0.8, SentimentScorer.FROM_ARCHIVE),
                        org.assertj.core.groups.Tuple.tuple(0.25, SentimentScorer.FROM_ARCHIVE));
    }

    @Test
    void givesNoScoreToPostsWithNothingToRead() {
        Dataset<Row> scored = scorer.withSentimentScore(textsWithoutSentiment(
                null, "", "   ", "http://t.cn/zWq3abc", "@某某银行 ，。！123"));

        assertThat(scored.collectAsList()).allSatisfy(r -> {
            assertThat(r.<Double>getAs(SentimentScorer.SCORE)).isNull();
            assertThat(r.<String>getAs(SentimentScorer.SOURCE)).isNull();
        });
    }

    @Test
    void modelScoresAreWithinMinusOneAndOneAndMarkedAsModel() {
        Dataset<Row> scored = scorer.withSentimentScore(textsWithoutSentiment(
                "一般般吧", "[哈哈]", "今天去银行办业务 ok"));

        assertThat(scored.collectAsList()).allSatisfy(r -> {
            assertThat(r.<Double>getAs(SentimentScorer.SCORE)).isBetween(-1.0, 1.0);
            assertThat(r.<String>getAs(SentimentScorer.SOURCE)).isEqualTo(SentimentScorer.FROM_MODEL);
        });
    }

    @Test
    void readsNegationAndBankComplaintsWithoutEmoticons() {
        assertThat(scores(textsWithoutSentiment("对处理结果不满意，问题没有解决",
                "账户被冻结一个月了，客服一直推诿", "问题已经解决了，退款也到账了，谢谢")))
                .satisfiesExactly(s -> assertThat(s).isNegative(), s -> assertThat(s).isNegative(),
                        s -> assertThat(s).isPositive());
    }

    @Test
    void scoresEnglishAndSpanishByLexiconAndLeavesOtherLanguagesUnscored() {
        StructType withLang = POSTS.add("lang", DataTypes.StringType, true);
        Dataset<Row> posts = spark.createDataFrame(List.of(
                RowFactory.create("p1", "My account is frozen and nobody helps", 0L, null, "en"),
                RowFactory.create("p2", "Gracias, lo resolvieron muy rápido", 0L, null, null),
                RowFactory.create("p3", "Le service est nul", 0L, null, "fr"),
                RowFactory.create("p4", "服务很好，非常满意", 0L, null, "zh"),
                RowFactory.create("p5", "Not happy", 0L, 0.4, "en")), withLang);

        List<Row> scored = scorer.withSentimentScore(posts).orderBy("id").collectAsList();

        assertThat(scored).extracting(r -> r.getAs(SentimentScorer.SOURCE)).containsExactly(
                SentimentScorer.FROM_LEXICON, SentimentScorer.FROM_LEXICON, null,
                SentimentScorer.FROM_MODEL, SentimentScorer.FROM_ARCHIVE);
        assertThat(scored.get(0).<Double>getAs(SentimentScorer.SCORE)).isNegative();
        assertThat(scored.get(1).<Double>getAs(SentimentScorer.SCORE)).isPositive();
        assertThat(scored.get(2).<Double>getAs(SentimentScorer.SCORE)).isNull();
        assertThat(scored.get(3).<Double>getAs(SentimentScorer.SCORE)).isPositive();
        assertThat(scored.get(4).<Double>getAs(SentimentScorer.SCORE)).isEqualTo(0.4);
    }

    /** The shipped model on the hand-labelled bank sentences (docs/metrics.md has the figures). */
    @Test
    void shippedModelReadsTheBankDomainEvaluationSet() {
        List<LabelledText> set = SentimentCorpus.read(
                Path.of("..", "models", "sentiment", "bank-domain-eval.csv"));
        List<String> texts = set.stream().map(LabelledText::text).toList();
        List<Double> scores = scores(textsWithoutSentiment(texts.toArray(new String[0])));

        SentimentMetrics metrics = SentimentMetrics.ofScores(set, scores);

        assertThat(metrics.rows()).isGreaterThanOrEqualTo(200);
        assertThat(metrics.accuracy()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void addsScoreAndSourceAfterTheUnchangedColumnsOfThePosts() {
        Dataset<Row> input = posts(
                new Object[] {"p1", "太差劲了", 7L, null},
                new Object[] {"p2", "好", 9L, 0.5});
        Dataset<Row> scored = scorer.withSentimentScore(input);

        List<StructField> fields = Arrays.asList(scored.schema().fields());
        assertThat(fields.subList(0, 4)).containsExactly(POSTS.fields());
        assertThat(fields.subList(4, 6)).extracting(StructField::name, StructField::dataType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SentimentScorer.SCORE, DataTypes.DoubleType),
                        org.assertj.core.groups.Tuple.tuple(SentimentScorer.SOURCE, DataTypes.StringType));
        assertThat(scored.drop(SentimentScorer.SCORE, SentimentScorer.SOURCE).collectAsList())
                .containsExactlyElementsOf(input.collectAsList());
    }

    @Test
    void namesTheMissingColumns() {
        Dataset<Row> noSentiment = textsWithoutSentiment("好").drop("sentiment");

        assertThatThrownBy(() -> scorer.withSentimentScore(noSentiment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[sentiment]");
    }

    @Test
    void unpacksTheModelOnceAndReusesItOnTheNextLoad() throws Exception {
        Path models = workDir.resolve("_models");
        List<Path> folders;
        try (Stream<Path> list = Files.list(models)) {
            folders = list.toList();
        }
        assertThat(folders).singleElement().satisfies(folder -> assertThat(
                folder.getFileName().toString()).matches("sentiment-zh-[0-9a-f]{12}"));
        FileTime unpacked = Files.getLastModifiedTime(folders.get(0).resolve("_COMPLETE"));

        SentimentScorer again = SentimentScorer.load(spark, workDir.resolve("_models").toString());

        assertThat(Files.getLastModifiedTime(folders.get(0).resolve("_COMPLETE")))
                .isEqualTo(unpacked);
        assertThat(again.withSentimentScore(textsWithoutSentiment("太差劲了，气死我了"))
                .first().<Double>getAs(SentimentScorer.SCORE))
                .isCloseTo(scores(textsWithoutSentiment("太差劲了，气死我了")).get(0), within(1e-12));
    }
}
