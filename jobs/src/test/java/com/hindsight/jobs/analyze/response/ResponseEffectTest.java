package com.hindsight.jobs.analyze.response;

import static com.hindsight.jobs.analyze.response.TestTables.HOURLY;
import static com.hindsight.jobs.analyze.response.TestTables.RESPONSE_TIMES;
import static com.hindsight.jobs.analyze.response.TestTables.at;
import static com.hindsight.jobs.analyze.response.TestTables.byKey;
import static com.hindsight.jobs.analyze.response.TestTables.cst;
import static com.hindsight.jobs.analyze.response.TestTables.row;
import static com.hindsight.jobs.analyze.response.TestTables.table;
import static com.hindsight.jobs.analyze.response.TestTables.withWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ResponseEffectTest {
    /**
     * Incident A, statement at 12:20 Shanghai (written in UTC: 04:20Z), so its hour is 12:00.
     * Offsets from 12:00: 07:00 is -5 and 16:00 is +4, both outside a 4-hour window.
     */
    private static Dataset<Row> hourlyA() {
        return table(HOURLY,
                row("A", cst("2024-03-05 07:00"), "all", 100L, 100L, 100L),
                row("A", cst("2024-03-05 08:00"), "all", 10L, 5L, 10L),
                row("A", cst("2024-03-05 09:00"), "all", 20L, 10L, 20L),
                row("A", cst("2024-03-05 10:00"), "all", 30L, 20L, 25L),
                row("A", cst("2024-03-05 11:00"), "all", 40L, 30L, 40L),
                row("A", cst("2024-03-05 12:00"), "all", 50L, 20L, 40L),
                row("A", cst("2024-03-05 12:00"), "weibo", 999L, 999L, 999L),
                row("A", cst("2024-03-05 13:00"), "all", 30L, 10L, 30L),
                row("A", cst("2024-03-05 14:00"), "all", 20L, 5L, 20L),
                row("A", cst("2024-03-05 15:00"), "all", 10L, 0L, 0L),
                row("A", cst("2024-03-05 16:00"), "all", 5L, 5L, 5L));
    }

    private static Dataset<Row> statementA() {
        return table(RESPONSE_TIMES,
                row("A", "detected", cst("2024-03-05 08:00")),
                row("A", "first_statement", at("2024-03-05T04:20Z")));
    }

    @Test
    void comparesTheHoursBeforeTheStatementHourWithThoseFromItOn() {
        Row a = byKey(ResponseEffect.of(hourlyA(), statementA(), withWindow(4)), "incident_id").get("A");

        assertThat(a.<Boolean>getAs("has_statement")).isTrue();
        assertThat(a.<Object>getAs("statement_hour")).isEqualTo(cst("2024-03-05 12:00"));
        assertThat(a.<Integer>getAs("window_hours")).isEqualTo(4);
        // before = 08..11: 10+20+30+40; after = 12..15 (statement hour included): 50+30+20+10
        assertThat(a.<Long>getAs("posts_before")).isEqualTo(100L);
        assertThat(a.<Long>getAs("posts_after")).isEqualTo(110L);
        // halves of 2 h: before (30+40 - (10+20)) / (10+20) = 40/30; after (20+10 - (50+30)) / 80
        assertThat(a.<Double>getAs("growth_before")).isCloseTo(40.0 / 30, within(1e-12));
        assertThat(a.<Double>getAs("growth_after")).isCloseTo(-0.625, within(1e-12));
        // negative / scored: before (5+10+20+30)/(10+20+25+40) = 65/95; after (20+10+5+0)/(40+30+20+0)
        assertThat(a.<Double>getAs("negative_share_before")).isCloseTo(65.0 / 95, within(1e-12));
        assertThat(a.<Double>getAs("negative_share_after")).isCloseTo(35.0 / 90, within(1e-12));
        assertThat(a.<Double>getAs("negative_share_change"))
                .isCloseTo(35.0 / 90 - 65.0 / 95, within(1e-12));
        // 110 / 100
        assertThat(a.<Double>getAs("volume_change_ratio")).isCloseTo(1.1, within(1e-12));
    }

    @Test
    void leavesTheMiddleHourOfAnOddWindowOutOfGrowth() {
        Row a = byKey(ResponseEffect.of(hourlyA(), statementA(), withWindow(3)), "incident_id").get("A");

        // before = 09..11: 20+30+40; halves of 1 h: 09 (20) and 11 (40), 10 left out: (40-20)/20
        assertThat(a.<Long>getAs("posts_before")).isEqualTo(90L);
        assertThat(a.<Double>getAs("growth_before")).isCloseTo(1.0, within(1e-12));
        // after = 12..14: 50+30+20; halves 12 (50) and 14 (20): (20-50)/50
        assertThat(a.<Long>getAs("posts_after")).isEqualTo(100L);
        assertThat(a.<Double>getAs("growth_after")).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void aOneHourWindowHasNoGrowth() {
        Row a = byKey(ResponseEffect.of(hourlyA(), statementA(), withWindow(1)), "incident_id").get("A");

        // before = 11:00 only, after = 12:00 only
        assertThat(a.<Long>getAs("posts_before")).isEqualTo(40L);
        assertThat(a.<Long>getAs("posts_after")).isEqualTo(50L);
        assertThat(a.<Object>getAs("growth_before")).isNull();
        assertThat(a.<Object>getAs("growth_after")).isNull();
        // 30/40 before, 20/40 after
        assertThat(a.<Double>getAs("negative_share_change")).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void anIncidentWithoutStatementGetsARowOfNulls() {
        Dataset<Row> times = table(RESPONSE_TIMES, row("B", "first_statement", null));
        Dataset<Row> hourly = table(HOURLY, row("B", cst("2024-03-05 08:00"), "all", 10L, 5L, 10L));

        Dataset<Row> result = ResponseEffect.of(hourly, times, withWindow(4));

        Row b = byKey(result, "incident_id").get("B");
        assertThat(result.count()).isEqualTo(1);
        assertThat(b.<Boolean>getAs("has_statement")).isFalse();
        for (String column : new String[] {"statement_at", "statement_hour", "posts_before",
                "posts_after", "growth_before", "growth_after", "negative_share_before",
                "negative_share_after", "negative_share_change", "volume_change_ratio"}) {
            assertThat(b.<Object>getAs(column)).as(column).isNull();
        }
    }

    @Test
    void hoursOutsideTheSeriesCountAsZeroAcrossMidnight() {
        // statement 00:10 on 03-06; the series has 23:00 (-1), 00:00 (0) and 01:00 (+1) only
        Dataset<Row> times = table(RESPONSE_TIMES, row("C", "first_statement", cst("2024-03-06 00:10")));
        Dataset<Row> hourly = table(HOURLY,
                row("C", cst("2024-03-05 23:00"), "all", 8L, 0L, 0L),
                row("C", cst("2024-03-06 00:00"), "all", 0L, 0L, 0L),
                row("C", cst("2024-03-06 01:00"), "all", 4L, 1L, 2L));

        Row c = byKey(ResponseEffect.of(hourly, times, withWindow(4)), "incident_id").get("C");

        assertThat(c.<Long>getAs("posts_before")).isEqualTo(8L);
        assertThat(c.<Long>getAs("posts_after")).isEqualTo(4L);
        // before halves: 20..21 h = 0, 22..23 h = 8: growth from nothing is null
        assertThat(c.<Object>getAs("growth_before")).isNull();
        // after halves: 00..01 = 0 + 4, 02..03 = 0: (0 - 4) / 4
        assertThat(c.<Double>getAs("growth_after")).isCloseTo(-1.0, within(1e-12));
        // nothing scored before: share null, so is the change; after 1/2
        assertThat(c.<Object>getAs("negative_share_before")).isNull();
        assertThat(c.<Double>getAs("negative_share_after")).isCloseTo(0.5, within(1e-12));
        assertThat(c.<Object>getAs("negative_share_change")).isNull();
        assertThat(c.<Double>getAs("volume_change_ratio")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aStatementWithoutAnyPostsHasZeroVolumeAndNoRatios() {
        Dataset<Row> times = table(RESPONSE_TIMES, row("D", "first_statement", cst("2024-03-05 10:00")));

        Row d = byKey(ResponseEffect.of(table(HOURLY), times, withWindow(4)), "incident_id").get("D");

        assertThat(d.<Boolean>getAs("has_statement")).isTrue();
        assertThat(d.<Long>getAs("posts_before")).isZero();
        assertThat(d.<Long>getAs("posts_after")).isZero();
        assertThat(d.<Object>getAs("growth_before")).isNull();
        assertThat(d.<Object>getAs("growth_after")).isNull();
        assertThat(d.<Object>getAs("negative_share_before")).isNull();
        assertThat(d.<Object>getAs("volume_change_ratio")).isNull();
    }

    @Test
    void failsNamingTheMissingHourlyColumn() {
        Dataset<Row> hourly = table(HOURLY).drop("scored_posts");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResponseEffect.of(hourly, statementA(), withWindow(4)))
                .withMessageContaining("hourly volume lacks column(s) scored_posts");
    }
}
