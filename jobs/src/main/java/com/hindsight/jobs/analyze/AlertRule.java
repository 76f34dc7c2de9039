package com.hindsight.jobs.analyze;

import java.io.Serializable;
import java.util.Objects;

/**
 * An early-warning rule to backtest: it fires in the first hour when mentions per hour reach
 * {@code minPostsPerHour} and (for a negative-share rule) the share of negative posts among the
 * posts with a sentiment that hour reaches {@code minNegativeShare}.
 *
 * @param name             shown in the metrics ("volume_50", "negative_60")
 * @param minPostsPerHour  the volume the hour must reach (for a share rule: the minimum volume)
 * @param minNegativeShare null for a pure volume rule; else in (0, 1]
 */
public record AlertRule(String name, long minPostsPerHour, Double minNegativeShare)
        implements Serializable {
    public AlertRule {
        Objects.requireNonNull(name, "name is null");
        if (minPostsPerHour < 1) {
            throw new IllegalArgumentException("alert rule " + name + ": minPostsPerHour must be >= 1");
        }
        if (minNegativeShare != null && (minNegativeShare <= 0 || minNegativeShare > 1)) {
            throw new IllegalArgumentException("alert rule " + name
                    + ": minNegativeShare must be in (0, 1]");
        }
    }
}
