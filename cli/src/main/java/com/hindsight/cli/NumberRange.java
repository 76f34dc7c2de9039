package com.hindsight.cli;

/**
 * The values a numeric setting may take, written the way its error message says it:
 * {@code in (0, 1)}, {@code in (0, 1]}, {@code in [-1, 1]}, {@code more than 0}.
 */
record NumberRange(double min, boolean minIncluded, double max, boolean maxIncluded) {
    /** Shares that can be neither none nor all: (0, 1). */
    static final NumberRange SHARE = new NumberRange(0, false, 1, false);
    /** A share that may be all: (0, 1]. */
    static final NumberRange SHARE_UP_TO_ALL = new NumberRange(0, false, 1, true);
    /** A sentiment score: [-1, 1]. */
    static final NumberRange SENTIMENT = new NumberRange(-1, true, 1, true);
    /** A duration: more than 0 (a fraction is allowed: 0.5 hours is 30 minutes). */
    static final NumberRange POSITIVE = new NumberRange(0, false, Double.MAX_VALUE, true);

    boolean contains(double value) {
        return (minIncluded ? value >= min : value > min)
                && (maxIncluded ? value <= max : value < max);
    }

    @Override
    public String toString() {
        if (max == Double.MAX_VALUE) {
            return (minIncluded ? "at least " : "more than ") + format(min);
        }
        return "in " + (minIncluded ? "[" : "(") + format(min) + ", " + format(max)
                + (maxIncluded ? "]" : ")");
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
