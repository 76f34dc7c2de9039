package com.hindsight.convert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One node of a Twitter15/16 propagation tree: a user, a tweet id and the delay in minutes after
 * the source tweet, as the file writes them. A retweet carries the id of the tweet it retweets,
 * so the same tweet id appears in many nodes; only the triple identifies a node. Two nodes are
 * equal when the three strings are equal ({@code '1.0'} and {@code '1.00'} would be two nodes;
 * the datasets never write a delay two ways).
 *
 * @param uid     the user id
 * @param tweetId the tweet id
 * @param delay   the delay in minutes, verbatim (e.g. {@code "0.45"}, {@code "-97.9"})
 */
record TreeNode(String uid, String tweetId, String delay) {
    /** Delays beyond this many minutes (about 1,900 years) are taken as corrupt. */
    private static final BigDecimal MAX_MINUTES = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MICROS_PER_MINUTE = BigDecimal.valueOf(60_000_000L);

    TreeNode {
        Objects.requireNonNull(uid, "uid is null");
        Objects.requireNonNull(tweetId, "tweetId is null");
        Objects.requireNonNull(delay, "delay is null");
    }

    /** The delay in microseconds, rounded half-even (the data has at most 2 decimals: exact). */
    long delayMicros() {
        return minutes(delay).multiply(MICROS_PER_MINUTE).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** Reads a delay; fails with {@link ConversionProblem.Reason#BAD_DELAY} if it is no number. */
    static BigDecimal minutes(String delay) {
        BigDecimal minutes;
        try {
            minutes = new BigDecimal(delay);
        } catch (NumberFormatException e) {
            throw new BadLineException(ConversionProblem.Reason.BAD_DELAY,
                    "delay \"" + delay + "\" is not a number of minutes");
        }
        if (minutes.abs().compareTo(MAX_MINUTES) > 0) {
            throw new BadLineException(ConversionProblem.Reason.BAD_DELAY,
                    "delay \"" + delay + "\" is out of range (more than 10^9 minutes)");
        }
        return minutes;
    }
}
