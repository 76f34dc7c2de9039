package com.hindsight.jobs.analyze.response;

import static com.hindsight.jobs.analyze.response.TestTables.ACTIONS;
import static com.hindsight.jobs.analyze.response.TestTables.POSTS;
import static com.hindsight.jobs.analyze.response.TestTables.SPREAD;
import static com.hindsight.jobs.analyze.response.TestTables.at;
import static com.hindsight.jobs.analyze.response.TestTables.byKey;
import static com.hindsight.jobs.analyze.response.TestTables.cst;
import static com.hindsight.jobs.analyze.response.TestTables.row;
import static com.hindsight.jobs.analyze.response.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {
    private static final AnalyzeOptions DEFAULTS = AnalyzeOptions.defaults();

    private static Dataset<Row> noPosts() {
        return table(POSTS);
    }

    private static Map<String, Row> times(Dataset<Row> actions, Dataset<Row> posts,
                                          Dataset<Row> spread) {
        return byKey(ResponseTimes.of(actions, posts, spread, DEFAULTS), "incident_id", "milestone");
    }

    @Test
    void givesOneRowPerIncidentAndMilestone() {
        Dataset<Row> actions = table(ACTIONS, row("A", cst("2024-03-05 09:30"), "monitoring", "detected"));
        Dataset<Row> spread = table(SPREAD,
                row("A", cst("2024-03-05 09:00"), null, null, null),
                row("B", cst("2024-03-06 09:00"), null, null, null));

        Dataset<Row> result = ResponseTimes.of(actions, noPosts(), spread, DEFAULTS);

        // 2 incidents x 10 milestones
        assertThat(result.count()).isEqualTo(2L * Milestone.values().length);
        assertThat(result.columns()).containsExactly("incident_id", "step", "milestone", "at",
                "statement_source", "first_mention", "hours_from_first_mention", "target_hours",
                "met_target", "missing", "target_status", "previous_milestone",
                "hours_from_previous");
    }

    @Test
    void timesEachMilestoneFromTheFirstMentionAgainstItsTarget() {
        Dataset<Row> actions = table(ACTIONS,
                row("A", cst("2024-03-05 09:30"), "monitoring", "detected"),
                row("A", cst("2024-03-05 12:00"), "monitoring", "alert"),
                row("A", cst("2024-03-05 11:30"), "monitoring", "alert"),
                row("A", cst("2024-03-05 10:00"), "management", "verified"),
                row("A", cst("2024-03-05 12:00"), "management", "plan_activated"),
                row("A", cst("2024-03-05 13:15"), "pr", "statement"));
        Dataset<Row> spread = table(SPREAD,
                row("A", cst("2024-03-05 09:00"), null, null, cst("2024-03-07 09:00")));

        Map<String, Row> rows = times(actions, noPosts(), spread);

        // detected 09:30 - 09:00 = 0.5 h <= 1 h target
        assertMilestone(rows.get("A|detected"), 0.5, 1.0, true, "met");
        // the earlier of two alerts: 11:30 -> 2.5 h > 2 h target
        assertMilestone(rows.get("A|alert"), 2.5, 2.0, false, "late");
        assertThat(rows.get("A|alert").<Object>getAs("at")).isEqualTo(cst("2024-03-05 11:30"));
        // exactly at the 3 h target counts as met
        assertMilestone(rows.get("A|plan_activated"), 3.0, 3.0, true, "met");
        // 13:15 -> 4.25 h > golden 4 hours
        assertMilestone(rows.get("A|first_statement"), 4.25, 4.0, false, "late");
        // verified has no default target: hours kept, met_target null
        assertMilestone(rows.get("A|verified"), 1.0, null, null, "no_target");
        // subsided from the spread summary: 48 h <= 7 days (168 h)
        assertMilestone(rows.get("A|subsided"), 48.0, 168.0, true, "met");
        assertThat(rows.get("A|subsided").<Integer>getAs("step")).isEqualTo(10);
    }

    @Test
    void marksAMilestoneThatNeverHappenedAsMissingWithoutJudgingIt() {
        Dataset<Row> actions = table(ACTIONS, row("A", cst("2024-03-05 09:30"), "monitoring", "detected"));
        Dataset<Row> spread = table(SPREAD, row("A", cst("2024-03-05 09:00"), null, null, null));

        Map<String, Row> rows = times(actions, noPosts(), spread);

        for (String milestone : new String[] {"closed", "subsided", "first_statement", "verified"}) {
            Row r = rows.get("A|" + milestone);
            assertThat(r.<Object>getAs("at")).as(milestone).isNull();
            assertThat(r.<Boolean>getAs("missing")).as(milestone).isTrue();
            assertThat(r.<Object>getAs("met_target")).as(milestone).isNull();
            assertThat(r.<Object>getAs("hours_from_first_mention")).as(milestone).isNull();
            assertThat(r.<String>getAs("target_status")).as(milestone).isEqualTo("missing");
            assertThat(r.<Object>getAs("statement_source")).as(milestone).isNull();
        }
        assertThat(rows.get("A|closed").<Double>getAs("target_hours")).isEqualTo(336.0);
        assertThat(rows.get("A|detected").<Boolean>getAs("missing")).isFalse();
    }

    @Test
    void firstStatementIsTheEarlierOfStatementActionAndOfficialPost() {
        Dataset<Row> actions = table(ACTIONS,
                row("A", cst("2024-03-05 13:15"), "pr", "statement"),
                row("B", cst("2024-03-05 10:00"), "pr", "statement"));
        Dataset<Row> posts = table(POSTS,
                row("p1", "A", cst("2024-03-05 12:45"), true),
                row("p2", "A", cst("2024-03-05 09:10"), false),  // not official
                row("p3", "A", cst("2024-03-05 09:20"), null),   // unknown: not official
                row("p4", "B", cst("2024-03-05 10:00"), true),   // tie with B's action
                row("p5", "C", cst("2024-03-05 11:00"), true),   // C has no statement action
                row("p6", "C", cst("2024-03-05 11:30"), true),
                row("p7", null, cst("2024-03-05 08:00"), true)); // no incident
        Dataset<Row> spread = table(SPREAD,
                row("A", cst("2024-03-05 09:00"), null, null, null),
                row("B", cst("2024-03-05 09:00"), null, null, null),
                row("C", cst("2024-03-05 09:00"), null, null, null));

        Map<String, Row> rows = times(actions, posts, spread);

        assertStatement(rows.get("A|first_statement"), cst("2024-03-05 12:45"), "official_post", 3.75);
        assertStatement(rows.get("B|first_statement"), cst("2024-03-05 10:00"), "action", 1.0);
        assertStatement(rows.get("C|first_statement"), cst("2024-03-05 11:00"), "official_post", 2.0);
        assertThat(rows.get("A|first_statement").<Boolean>getAs("met_target")).isTrue();
        assertThat(rows.get("A|detected").<Object>getAs("statement_source")).isNull();
    }

    @Test
    void keepsNegativeHoursWhenTheBankActedBeforeTheFirstMention() {
        Dataset<Row> actions = table(ACTIONS, row("A", cst("2024-03-05 08:00"), "monitoring", "detected"));
        Dataset<Row> spread = table(SPREAD, row("A", cst("2024-03-05 09:00"), null, null, null));

        Row detected = times(actions, noPosts(), spread).get("A|detected");

        // 08:00 - 09:00 = -1 h; -1 <= 1 so the target is met
        assertMilestone(detected, -1.0, 1.0, true, "met");
    }

    @Test
    void measuresAcrossMidnightAndTimeZonesFromInstants() {
        // 2024-03-05T15:30Z is 23:30 in Shanghai; the statement is 01:45 the next day in Shanghai,
        // written in UTC-5: 2024-03-05T12:45-05:00 = 17:45Z
        Dataset<Row> actions = table(ACTIONS,
                row("A", at("2024-03-05T15:30Z"), "monitoring", "detected"),
                row("A", at("2024-03-05T12:45-05:00"), "pr", "statement"));
        Dataset<Row> spread = table(SPREAD, row("A", cst("2024-03-05 23:00"), null, null, null));

        Map<String, Row> rows = times(actions, noPosts(), spread);

        // 23:30 - 23:00 = 0.5 h; 01:45 (+1 day) - 23:00 = 2.75 h
        assertMilestone(rows.get("A|detected"), 0.5, 1.0, true, "met");
        assertMilestone(rows.get("A|first_statement"), 2.75, 4.0, true, "met");
    }

    @Test
    void anIncidentWithoutPostsHasTimesButNoFirstMention() {
        Dataset<Row> actions = table(ACTIONS, row("Z", cst("2024-03-05 08:00"), "pr", "statement"));
        Dataset<Row> spread = table(SPREAD);

        Map<String, Row> rows = times(actions, noPosts(), spread);

        assertThat(rows).hasSize(Milestone.values().length);
        Row statement = rows.get("Z|first_statement");
        assertThat(statement.<Object>getAs("at")).isEqualTo(cst("2024-03-05 08:00"));
        assertThat(statement.<Object>getAs("hours_from_first_mention")).isNull();
        assertThat(statement.<Object>getAs("met_target")).isNull();
        assertThat(statement.<Boolean>getAs("missing")).isFalse();
        assertThat(statement.<String>getAs("target_status")).isEqualTo("no_first_mention");
        assertThat(rows.get("Z|detected").<String>getAs("target_status")).isEqualTo("missing");
    }

    @Test
    void measuresEachStepFromTheNearestEarlierStepThatHappened() {
        // alert is missing, so verified is measured from detected
        Dataset<Row> actions = table(ACTIONS,
                row("A", cst("2024-03-05 09:30"), "monitoring", "detected"),
                row("A", cst("2024-03-05 10:00"), "management", "verified"),
                row("A", cst("2024-03-05 12:00"), "management", "plan_activated"),
                row("A", cst("2024-03-05 11:00"), "tech", "root_cause_found"),
                row("A", cst("2024-03-05 11:30"), "pr", "statement"),
                row("A", cst("2024-03-06 09:00"), "tech", "fixed"));
        Dataset<Row> spread = table(SPREAD,
                row("A", cst("2024-03-05 09:00"), null, null, cst("2024-03-07 09:00")));

        Map<String, Row> rows = times(actions, noPosts(), spread);

        assertStep(rows.get("A|detected"), null, null);
        assertStep(rows.get("A|alert"), null, null);               // did not happen
        assertStep(rows.get("A|verified"), "detected", 0.5);       // 10:00 - 09:30
        assertStep(rows.get("A|plan_activated"), "verified", 2.0); // 12:00 - 10:00
        // out of order: the statement came before the plan: 11:30 - 12:00 = -0.5 h, kept
        assertStep(rows.get("A|first_statement"), "plan_activated", -0.5);
        assertStep(rows.get("A|regulator_informed"), null, null);  // did not happen
        // regulator_informed is skipped: 09:00 next day - 11:30 = 21.5 h
        assertStep(rows.get("A|fixed"), "first_statement", 21.5);
        assertStep(rows.get("A|root_cause_found"), null, null);    // outside the process
        assertStep(rows.get("A|subsided"), null, null);            // outside the process
    }

    @Test
    void failsNamingEveryMissingColumn() {
        Dataset<Row> posts = table(POSTS).drop("is_official", "published_at");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResponseTimes.of(table(ACTIONS), posts, table(SPREAD), DEFAULTS))
                .withMessageContaining("ResponseTimes: posts lacks column(s) published_at, is_official");
    }

    private static void assertMilestone(Row r, double hours, Double target, Boolean met,
                                        String status) {
        assertThat(r.<Double>getAs("hours_from_first_mention")).isCloseTo(hours, within(1e-9));
        assertThat(r.<Double>getAs("target_hours")).isEqualTo(target);
        assertThat(r.<Boolean>getAs("met_target")).isEqualTo(met);
        assertThat(r.<Boolean>getAs("missing")).isFalse();
        assertThat(r.<String>getAs("target_status")).isEqualTo(status);
    }

    private static void assertStatement(Row r, Object at, String source, double hours) {
        assertThat(r.<Object>getAs("at")).isEqualTo(at);
        assertThat(r.<String>getAs("statement_source")).isEqualTo(source);
        assertThat(r.<Double>getAs("hours_from_first_mention")).isCloseTo(hours, within(1e-9));
    }

    private static void assertStep(Row r, String previous, Double hours) {
        assertThat(r.<String>getAs("previous_milestone")).isEqualTo(previous);
        if (hours == null) {
            assertThat(r.<Object>getAs("hours_from_previous")).isNull();
        } else {
            assertThat(r.<Double>getAs("hours_from_previous")).isCloseTo(hours, within(1e-9));
        }
    }
}
