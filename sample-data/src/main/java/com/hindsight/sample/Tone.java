package com.hindsight.sample;

import java.util.SplittableRandom;

/** The tone a text is written in; the sentiment score, when present, agrees with it. */
enum Tone {
    NEGATIVE, NEUTRAL, POSITIVE;

    /**
     * A score in [-1, 1] for this tone, two decimals: negative from -0.97 to -0.3, neutral from 0 to
     * 0.25, positive from 0.3 up; so "sentiment below zero" and "negative tone" agree.
     */
    double score(SplittableRandom random) {
        switch (this) {
            case NEGATIVE:
                return Draw.round2(-Draw.uniform(random, 0.30, 0.97));
            case NEUTRAL:
                return Draw.round2(Draw.uniform(random, 0.0, 0.25));
            default:
                return Draw.round2(Draw.uniform(random, 0.30, 0.92));
        }
    }

    /** Negative with the given probability, otherwise neutral or (less often) positive. */
    static Tone draw(SplittableRandom random, double negativeShare, double positiveShareOfRest) {
        if (random.nextDouble() < negativeShare) {
            return NEGATIVE;
        }
        return random.nextDouble() < positiveShareOfRest ? POSITIVE : NEUTRAL;
    }
}
