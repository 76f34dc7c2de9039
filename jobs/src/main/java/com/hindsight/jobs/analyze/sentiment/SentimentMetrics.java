package com.hindsight.jobs.analyze.sentiment;

import java.util.LinkedHashMap;
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
