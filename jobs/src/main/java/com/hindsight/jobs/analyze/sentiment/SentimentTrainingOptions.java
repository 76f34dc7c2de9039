package com.hindsight.jobs.analyze.sentiment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The settings of one training run; {@link #defaults()} are the settings of the shipped model
 * (docs/metrics.md says why) and are pinned by a test.
 *
 * @param kinds              the kinds of terms the model reads ({@link ChineseTerms.Kind})
 * @param numFeatures        hashing space of the term frequencies; a power of two
 * @param minDocFreq         terms in fewer training texts than this get weight 0
 * @param regParam           L2 regularisation of the logistic regression
 * @param maxIter            iteration cap of the logistic regression
 * @param standardization    whether the regression scales every feature to unit variance
 * @param balanced           weight the examples so that both labels weigh the same in the fit
 *                           (the hotel corpus has two positive reviews for each negative one)
 * @param withoutEmoticons   also train on a copy of every text with its [emoticons] removed,
 *                           so that the characters carry weight of their own
 * @param testFraction       share of each label held out for evaluation
 * @param seed               seed of the split
 */
public record SentimentTrainingOptions(Set<ChineseTerms.Kind> kinds, int numFeatures, int minDocFreq,
                                       double regParam, int maxIter, boolean standardization,
                                       boolean balanced,
                                       boolean withoutEmoticons, double testFraction, long seed) {
    public SentimentTrainingOptions {
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (numFeatures < 2 || Integer.bitCount(numFeatures) != 1) {
            throw new IllegalArgumentException("numFeatures must be a power of two: " + numFeatures);
        }
        if (minDocFreq < 0 || maxIter < 1) {
            throw new IllegalArgumentException("minDocFreq must be >= 0 and maxIter >= 1");
        }
        if (regParam < 0) {
            throw new IllegalArgumentException("regParam must be >= 0: " + regParam);
        }
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("testFraction must be in (0, 1): " + testFraction);
        }
    }

    public static SentimentTrainingOptions defaults() {
        return new SentimentTrainingOptions(EnumSet.allOf(ChineseTerms.Kind.class), 1 << 18, 2,
                0.1, 100, false, true, true, 0.2, 20240305L);
    }

    public SentimentTrainingOptions withKinds(Set<ChineseTerms.Kind> value) {
        return new SentimentTrainingOptions(value, numFeatures, minDocFreq, regParam, maxIter,
                standardization, balanced, withoutEmoticons, testFraction, seed);
    }

    public SentimentTrainingOptions withRegParam(double value) {
        return new SentimentTrainingOptions(kinds, numFeatures, minDocFreq, value, maxIter,
                standardization, balanced, withoutEmoticons, testFraction, seed);
    }

    public SentimentTrainingOptions withWithoutEmoticons(boolean value) {
        return new SentimentTrainingOptions(kinds, numFeatures, minDocFreq, regParam, maxIter,
                standardization, balanced, value, testFraction, seed);
    }

    public SentimentTrainingOptions withBalanced(boolean value) {
        return new SentimentTrainingOptions(kinds, numFeatures, minDocFreq, regParam, maxIter,
                standardization, value, withoutEmoticons, testFraction, seed);
    }

    public SentimentTrainingOptions withStandardization(boolean value) {
        return new SentimentTrainingOptions(kinds, numFeatures, minDocFreq, regParam, maxIter,
                value, balanced, withoutEmoticons, testFraction, seed);
    }

    public SentimentTrainingOptions withSeed(long value) {
        return new SentimentTrainingOptions(kinds, numFeatures, minDocFreq, regParam, maxIter,
                standardization, balanced, withoutEmoticons, testFraction, value);
    }

    public SentimentTrainingOptions withNumFeatures(int value) {
        return new SentimentTrainingOptions(kinds, value, minDocFreq, regParam, maxIter,
                standardization, balanced, withoutEmoticons, testFraction, seed);
    }

    public SentimentTrainingOptions withMinDocFreq(int value) {
        return new SentimentTrainingOptions(kinds, numFeatures, value, regParam, maxIter,
                standardization, balanced, withoutEmoticons, testFraction, seed);
    }
}
