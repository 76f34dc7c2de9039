package com.hindsight.convert;

import java.time.Instant;
import java.util.Optional;

/**
 * The creation time inside a tweet id. Since 4 November 2010 Twitter ids are "Snowflake" ids:
 * the bits above the lowest 22 are milliseconds since 2010-11-04T01:42:54.657Z. On Twitter15/16
 * the delay of every node whose tweet has its own id equals the difference of the two ids' times
 * to within 0.022 minutes (docs/validation.md), which is what lets the converter place the trees
 * at their real times.
 */
final class Snowflake {
    static final long EPOCH_MILLIS = 1_288_834_974_657L;
    /** Older, sequential ids decode to the first seconds after the epoch; a minute is safe. */
    private static final long FIRST_VALID_MILLIS = 60_000L;

    private Snowflake() {
    }

    /** The time a Snowflake id was made, or empty for an older id or a non-number. */
    static Optional<Instant> time(String tweetId) {
        long id;
        try {
            id = Long.parseLong(tweetId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        long millis = id >> 22;
        if (id <= 0 || millis < FIRST_VALID_MILLIS) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(EPOCH_MILLIS + millis));
    }
}
