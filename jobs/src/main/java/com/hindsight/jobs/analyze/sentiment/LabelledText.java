package com.hindsight.jobs.analyze.sentiment;

import java.util.Objects;

/**
 * One training example: a text and its polarity, in the corpus convention {@value #POSITIVE} =
 * positive, {@value #NEGATIVE} = negative.
 */
public record LabelledText(int label, String text) {
    public static final int NEGATIVE = 0;
    public static final int POSITIVE = 1;

    public LabelledText {
        if (label != NEGATIVE && label != POSITIVE) {
            throw new IllegalArgumentException(
                    "label must be " + NEGATIVE + " (negative) or " + POSITIVE + " (positive): " + label);
        }
        Objects.requireNonNull(text, "text is null");
    }

    public static LabelledText positive(String text) {
        return new LabelledText(POSITIVE, text);
    }

    public static LabelledText negative(String text) {
        return new LabelledText(NEGATIVE, text);
    }
}
