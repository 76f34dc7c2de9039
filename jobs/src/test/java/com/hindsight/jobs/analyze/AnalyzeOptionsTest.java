package com.hindsight.jobs.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.metrics.Milestone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults docs/metrics.md promises. */
class AnalyzeOptionsTest {
    @Test
    void defaultsArePinned() {
        AnalyzeOptions options = AnalyzeOptions.defaults();

        assertThat(options.negativeBelow()).isEqualTo(0.0);
        assertThat(options.subsideShare()).isEqualTo(0.1);
        assertThat(options.subsideHours()).isEqualTo(6);
        assertThat(options.effectWindowHours()).isEqualTo(6);
        assertThat(options.topSpreaders()).isEqualTo(10);
        assertThat(options.firstContactTarget()).isEqualTo(Duration.ofHours(24));
        assertThat(options.resolutionTarget()).isEqualTo(Duration.ofDays(15));
        assertThat(options.responseTargets()).isEqualTo(Map.of(
                Milestone.DETECTED, Duration.ofHours(1), Milestone.ALERT, Duration.ofHours(2),
                Milestone.PLAN_ACTIVATED, Duration.ofHours(3),
                Milestone.FIRST_STATEMENT, Duration.ofHours(4),
                Milestone.REGULATOR_INFORMED, Duration.ofHours(24),
                Milestone.FIXED, Duration.ofHours(72), Milestone.CLOSED, Duration.ofDays(14),
                Milestone.SUBSIDED, Duration.ofDays(7)));
        assertThat(options.alertRules()).containsExactly(new AlertRule("volume_50", 50, null),
                new AlertRule("negative_60", 20, 0.6));
    }

    @Test
    void rejectsASubsideShareOutsideZeroToOne() {
        AnalyzeOptions d = AnalyzeOptions.defaults();
        assertThatThrownBy(() -> new AnalyzeOptions(0, 1.0, 6, 6, d.responseTargets(), List.of(),
                d.firstContactTarget(), d.resolutionTarget(), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subsideShare");
    }

    @Test
    void rejectsAnAlertRuleWithAShareAboveOne() {
        assertThatThrownBy(() -> new AlertRule("x", 5, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1]");
    }

    @Test
    void nearestRankPercentileOnTheDriverMatchesTheDocumentedExamples() {
        assertThat(Percentiles.nearestRank(new double[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Percentiles.nearestRank(oneToTen, 90)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(oneToTen, 99)).isEqualTo(10);
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        // 7 * 100 / 100 is exactly 7: the rank must not round up to 8
        assertThat(Percentiles.nearestRank(hundred, 7)).isEqualTo(7);
    }
}
