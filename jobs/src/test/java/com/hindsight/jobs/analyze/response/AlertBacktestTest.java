package com.hindsight.jobs.analyze.response;

import static com.hindsight.jobs.analyze.response.TestTables.ACTIONS;
import static com.hindsight.jobs.analyze.response.TestTables.HOURLY;
import static com.hindsight.jobs.analyze.response.TestTables.SPREAD;
import static com.hindsight.jobs.analyze.response.TestTables.byKey;
import static com.hindsight.jobs.analyze.response.TestTables.cst;
import static com.hindsight.jobs.analyze.response.TestTables.row;
import static com.hindsight.jobs.analyze.response.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AlertBacktestTest {
    // default rules: volume_50 (>= 50 posts/h), negative_60 (>= 20 posts/h and >= 60 % negative)
    private static final AnalyzeOptions DEFAULTS = AnalyzeOptions.defaults();

    private static Dataset<Row> hourly() {
        return table(HOURLY,
                // A: 08:00 share 14/24 = 0.583 < 0.6; 09:00 18/30 = 0.6 exactly; 10:00 60 posts
                row("A", cst("2024-03-05 08:00"), "all", 25L, 14L, 24L),
                row("A", cst("2024-03-05 08:00"), "weibo", 80L, 80L, 80L),
                row("A", cst("2024-03-05 09:00"), "all", 30L, 18L, 30L),
                row("A", cst("2024-03-05 10:00"), "all", 60L, 10L, 50L),
                // B: all negative but only 10 posts; then 25 posts none scored
                row("B", cst("2024-03-05 09:00"), "all", 10L, 10L, 10L),
                row("B", cst("2024-03-05 10:00"), "all", 25L, 0L, 0L),
                // C: reaches 50 just after midnight
                row("C", cst("2024-03-05 23:00"), "all", 49L, 0L, 0L),
                row("C", cst("2024-03-06 00:00"), "all", 50L, 0L, 0L),
                // D: reaches 50 after the bank had detected it
                row("D", cst("2024-03-05 15:00"), "all", 50L, 0L, 50L));
    }

    private static Dataset<Row> actions() {
        return table(ACTIONS,
                row("A", cst("2024-03-05 11:30"), "monitoring", "detected"),
                row("A", cst("2024-03-05 11:00"), "monitoring", "alert"),
                row("A", cst("2024-03-05 07:00"), "pr", "statement"),   // not a detection
                row("B", cst("2024-03-05 08:00"), "monitoring", "detected"),
                row("D", cst("2024-03-05 14:00"), "monitoring", "detected"));
    }

    private static Dataset<Row> spread() {
        return table(SPREAD,
                row("A", cst("2024-03-05 07:40"), null, null, null),
                row("B", cst("2024-03-05 09:05"), null, null, null),
                row("C", cst("2024-03-05 23:30"), null, null, null),
                row("D", cst("2024-03-05 15:00"), null, null, null));
    }

    private static Map<String, Row> backtest() {
        return byKey(AlertBacktest.of(hourly(), actions(), spread(), DEFAULTS), "incident_id", "rule");
    }

    @Test
    void givesOneRowPerIncidentAndRule() {
        assertThat(backtest()).containsOnlyKeys("A|volume_50", "A|negative_60", "B|volume_50",
                "B|negative_60", "C|volume_50", "C|negative_60", "D|volume_50", "D|negative_60");
    }

    @Test
    void firesInTheFirstHourTheRuleHoldsOnChannelAll() {
        Map<String, Row> rows = backtest();

        // weibo's 80 posts at 08:00 do not count; 60 posts at 10:00 do
        assertFired(rows.get("A|volume_50"), cst("2024-03-05 10:00"));
        // 18/30 = 0.6 meets a 0.6 share exactly; 08:00 (14/24) does not
        assertFired(rows.get("A|negative_60"), cst("2024-03-05 09:00"));
    }

    @Test
    void leadIsDetectionMinusFiringSoPositiveMeansTheRuleWarnedEarlier() {
        Map<String, Row> rows = backtest();

        // detected_at = the earlier of detected 11:30 and alert 11:00
        Row volume = rows.get("A|volume_50");
        assertThat(volume.<Object>getAs("detected_at")).isEqualTo(cst("2024-03-05 11:00"));
        // fired at the end of the hour: 11:00 - 11:00 and 11:00 - 10:00
        assertThat(volume.<Double>getAs("lead_hours")).isCloseTo(0.0, within(1e-12));
        assertThat(rows.get("A|negative_60").<Double>getAs("lead_hours")).isCloseTo(1.0, within(1e-12));
        // 11:00 - 07:40 = 3 h 20 min
        assertThat(volume.<Double>getAs("hours_from_first_mention")).isCloseTo(10.0 / 3, within(1e-12));
        // D: the 15:00 hour fires at 16:00, detected 14:00: the bank was two hours ahead
        assertThat(rows.get("D|volume_50").<Double>getAs("lead_hours")).isCloseTo(-2.0, within(1e-12));
    }

    @Test
    void aRuleThatNeverHoldsDoesNotFire() {
        Map<String, Row> rows = backtest();

        // B: 10 posts is below both minimums; 25 posts with nothing scored has no share
        for (String rule : List.of("volume_50", "negative_60")) {
            Row b = rows.get("B|" + rule);
            assertThat(b.<Boolean>getAs("fired")).as(rule).isFalse();
            assertThat(b.<Object>getAs("fired_at")).as(rule).isNull();
            assertThat(b.<Object>getAs("lead_hours")).as(rule).isNull();
            assertThat(b.<Object>getAs("detected_at")).isEqualTo(cst("2024-03-05 08:00"));
        }
        // D: 0 of 50 negative
        assertThat(rows.get("D|negative_60").<Boolean>getAs("fired")).isFalse();
    }

    @Test
    void firesAcrossMidnightAndHasNoLeadWithoutDetection() {
        Row c = backtest().get("C|volume_50");

        assertFired(c, cst("2024-03-06 00:00"));
        assertThat(c.<Object>getAs("detected_at")).isNull();
        assertThat(c.<Object>getAs("lead_hours")).isNull();
        // fired at 01:00, first mention 23:30 the day before
        assertThat(c.<Double>getAs("hours_from_first_mention")).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void noRulesGiveNoRows() {
        AnalyzeOptions d = DEFAULTS;
        AnalyzeOptions noRules = new AnalyzeOptions(d.negativeBelow(), d.subsideShare(),
                d.subsideHours(), d.effectWindowHours(), d.responseTargets(), List.of(),
                d.firstContactTarget(), d.resolutionTarget(), d.topSpreaders());

        assertThat(AlertBacktest.of(hourly(), actions(), spread(), noRules).count()).isZero();
    }

    @Test
    void failsNamingTheMissingActionColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AlertBacktest.of(hourly(), actions().drop("action"), spread(), DEFAULTS))
                .withMessageContaining("AlertBacktest: actions lacks column(s) action");
    }

    private static void assertFired(Row r, java.sql.Timestamp hour) {
        assertThat(r.<Boolean>getAs("fired")).isTrue();
        assertThat(r.<Object>getAs("fired_hour")).isEqualTo(hour);
        assertThat(r.<Object>getAs("fired_at"))
                .isEqualTo(new java.sql.Timestamp(hour.getTime() + 3_600_000L));
    }
}
