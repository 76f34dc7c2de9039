package com.hindsight.jobs.analyze;

import com.hindsight.core.metrics.Milestone;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the analyze stage; every default is documented in docs/metrics.md and pinned
 * by a test.
 *
 * @param negativeBelow      a post is negative when its sentiment is below this (default 0)
 * @param subsideShare       an incident has subsided when hourly volume stays below this share
 *                           of the peak ...
 * @param subsideHours       ... for this many consecutive hours (defaults 0.1 and 6)
 * @param effectWindowHours  hours before and after the first statement compared (default 6)
 * @param responseTargets    target per milestone, measured from the first mention
 * @param alertRules         early-warning rules to backtest
 * @param firstContactTarget complaint SLA: first contact within (default 24 h)
 * @param resolutionTarget   complaint SLA: resolved within (default 15 days)
 * @param topSpreaders       how many key spreaders to list per incident (default 10)
 */
public record AnalyzeOptions(double negativeBelow, double subsideShare, int subsideHours,
                             int effectWindowHours, Map<Milestone, Duration> responseTargets,
                             List<AlertRule> alertRules, Duration firstContactTarget,
                             Duration resolutionTarget, int topSpreaders) {
    public AnalyzeOptions {
        if (subsideShare <= 0 || subsideShare >= 1) {
            throw new IllegalArgumentException("subsideShare must be in (0, 1): " + subsideShare);
        }
        if (subsideHours < 1 || effectWindowHours < 1 || topSpreaders < 1) {
            throw new IllegalArgumentException(
                    "subsideHours, effectWindowHours and topSpreaders must be >= 1");
        }
        responseTargets = Map.copyOf(Objects.requireNonNull(responseTargets, "responseTargets is null"));
        alertRules = List.copyOf(Objects.requireNonNull(alertRules, "alertRules is null"));
        Objects.requireNonNull(firstContactTarget, "firstContactTarget is null");
        Objects.requireNonNull(resolutionTarget, "resolutionTarget is null");
    }

    public static AnalyzeOptions defaults() {
        Map<Milestone, Duration> targets = new EnumMap<>(Milestone.class);
        targets.put(Milestone.DETECTED, Duration.ofHours(1));
        targets.put(Milestone.ALERT, Duration.ofHours(2));
        targets.put(Milestone.PLAN_ACTIVATED, Duration.ofHours(3));
        targets.put(Milestone.FIRST_STATEMENT, Duration.ofHours(4));
        targets.put(Milestone.REGULATOR_INFORMED, Duration.ofHours(24));
        targets.put(Milestone.FIXED, Duration.ofHours(72));
        targets.put(Milestone.CLOSED, Duration.ofDays(14));
        targets.put(Milestone.SUBSIDED, Duration.ofDays(7));
        return new AnalyzeOptions(0.0, 0.1, 6, 6, targets,
                List.of(new AlertRule("volume_50", 50, null), new AlertRule("negative_60", 20, 0.6)),
                Duration.ofHours(24), Duration.ofDays(15), 10);
    }
}
