package com.hindsight.jobs.analyze.sentiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How well the model does on held-out texts, computed with MLlib's evaluators. Precision, recall
 * and F1 are those of the negative class, the one the analyses count.
 */
public record SentimentMetrics(long rows, double accuracy, double negativePrecision,
                               double negativeRecall, double negativeF1, double areaUnderRoc) {

    /** Evaluates the output of the model on labelled texts; runs five small Spark jobs. */
    static SentimentMetrics of(Dataset<Row> predictions) {
        Dataset<Row> cached = predictions.cache();
        try {
            return new SentimentMetrics(cached.count(),
                    multiclass(cached, "accuracy"),
                    multiclass(cached, "precisionByLabel"),
                    multiclass(cached, "recallByLabel"),
                    multiclass(cached, "fMeasureByLabel"),
                    new BinaryClassificationEvaluator().setLabelCol(SentimentPipeline.LABEL)
                            .setRawPredictionCol(SentimentPipeline.RAW_PREDICTION)
                            .setMetricName("areaUnderROC").evaluate(cached));
        } finally {
            cached.unpersist();
        }
    }

    /**
     * The same metrics from scores computed outside Spark (the lexicons): negative means
     * {@code score < 0}; AUC is the probability that a random positive text scores above a
     * random negative one (ties count half).
     */
    static SentimentMetrics ofScores(List<LabelledText> texts, List<Double> scores) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long correct = 0;
        for (int i = 0; i < texts.size(); i++) {
            boolean negative = texts.get(i).label() == LabelledText.NEGATIVE;
            boolean calledNegative = scores.get(i) < 0;
            correct += negative == calledNegative ? 1 : 0;
            tp += negative && calledNegative ? 1 : 0;
            fp += !negative && calledNegative ? 1 : 0;
            fn += negative && !calledNegative ? 1 : 0;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                if (texts.get(i).label() == LabelledText.POSITIVE
                        && texts.get(j).label() == LabelledText.NEGATIVE) {
                    pairs++;
                    double diff = scores.get(i) - scores.get(j);
                    wins += diff > 0 ? 1 : diff == 0 ? 0.5 : 0;
                }
            }
        }
        return new SentimentMetrics(texts.size(), texts.isEmpty() ? 0 : (double) correct
                / texts.size(), precision, recall, f1, pairs == 0 ? 0 : wins / pairs);
    }

    private static double multiclass(Dataset<Row> predictions, String metric) {
        return new MulticlassClassificationEvaluator().setLabelCol(SentimentPipeline.LABEL)
                .setPredictionCol(SentimentPipeline.PREDICTION).setMetricName(metric)
                .setMetricLabel(LabelledText.NEGATIVE).evaluate(predictions);
    }

    /** The metrics rounded to four decimals, in a fixed order, for the model's JSON file. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rows", rows);
        map.put("accuracy", round(accuracy));
        map.put("negative_precision", round(negativePrecision));
        map.put("negative_recall", round(negativeRecall));
        map.put("negative_f1", round(negativeF1));
        map.put("auc", round(areaUnderRoc));
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
