package com.hindsight.jobs.analyze.complaints;

import static com.hindsight.jobs.analyze.complaints.TestTables.COMPLAINTS;
import static com.hindsight.jobs.analyze.complaints.TestTables.byKey;
import static com.hindsight.jobs.analyze.complaints.TestTables.cst;
import static com.hindsight.jobs.analyze.complaints.TestTables.row;
import static com.hindsight.jobs.analyze.complaints.TestTables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ComplaintSlaTest {
    // first contact within 24 h, resolution within 15 days
    private static final AnalyzeOptions DEFAULTS = AnalyzeOptions.defaults();

    /**
     * c1: contact 2 h, resolved 2 d.  c2: contact 1.5 h across midnight, resolved 20 d (late).
     * c3: contact 25 h (late), unresolved, from the regulator.  c4 (incident B): contact 1 h
     * BEFORE receipt (bad), resolved 0.5 d.  c5 (no incident): no contact, resolved 1 d before
     * receipt (bad).
     */
    private static Dataset<Row> complaints() {
        return table(COMPLAINTS,
                row("c1", "A", cst("2024-03-05 10:00"), "hotline", "BJ-01", "debit_card",
                        cst("2024-03-05 12:00"), cst("2024-03-07 10:00"), "compensated", 200.5, false),
                row("c2", "A", cst("2024-03-05 23:30"), "app", null, "debit_card",
                        cst("2024-03-06 01:00"), cst("2024-03-25 23:30"), "explained", null, null),
                row("c3", "A", cst("2024-03-06 09:00"), "regulator", "BJ-01", "credit_card",
                        cst("2024-03-07 10:00"), null, "pending", null, true),
                row("c4", "B", cst("2024-03-06 08:00"), "hotline", "SH-02", "debit_card",
                        cst("2024-03-06 07:00"), cst("2024-03-06 20:00"), "rejected", 0.0, null),
                row("c5", null, cst("2024-03-06 10:00"), "email", null, null,
                        null, cst("2024-03-05 10:00"), null, 100.25, false));
    }

    private static Map<String, Row> sla() {
        return byKey(ComplaintSla.of(complaints(), DEFAULTS), "scope", "incident_id", "dimension", "value");
    }

    @Test
    void givesOneRowPerScopeIncidentDimensionAndValue() {
        // all: 1 + channel 4 (hotline app regulator email) + branch 3 (BJ-01 null SH-02)
        //      + product 3 (debit credit null) = 11
        // A: 1 + 3 channels + 2 branches (BJ-01 null) + 2 products = 8;  B: 1 + 1 + 1 + 1 = 4
        // + month: every complaint was received in March 2024 (Asia/Shanghai): one row per scope
        //   group (all, A, B) = 3, so 11 + 1 + 8 + 1 + 4 + 1 = 26
        Map<String, Row> rows = sla();

        assertThat(rows).hasSize(26);
        assertThat(rows.get("all|null|month|2024-03").<Long>getAs("complaints")).isEqualTo(5L);
        assertThat(rows.get("incident|A|month|2024-03").<Long>getAs("complaints")).isEqualTo(3L);
        assertThat(rows).containsKeys("all|null|all|null", "incident|A|all|null",
                "incident|B|all|null", "all|null|branch|null", "incident|A|channel|regulator");
        assertThat(rows.keySet()).noneMatch(k -> k.startsWith("incident|null"));
    }

    @Test
    void partitionsComplaintsByFirstContactAndTakesNearestRankPercentiles() {
        Row all = sla().get("all|null|all|null");

        assertThat(all.<Long>getAs("complaints")).isEqualTo(5);
        // with: c1 c2 c3; without: c5; before receipt: c4
        assertThat(all.<Long>getAs("with_first_contact")).isEqualTo(3);
        assertThat(all.<Long>getAs("without_first_contact")).isEqualTo(1);
        assertThat(all.<Long>getAs("first_contact_negative")).isEqualTo(1);
        // sorted [1.5, 2, 25]: p50 rank ceil(1.5) = 2 -> 2; p90 rank ceil(2.7) = 3 -> 25; p99 -> 25
        assertThat(all.<Double>getAs("first_contact_p50_hours")).isEqualTo(2.0);
        assertThat(all.<Double>getAs("first_contact_p90_hours")).isEqualTo(25.0);
        assertThat(all.<Double>getAs("first_contact_p99_hours")).isEqualTo(25.0);
        // within 24 h: c1, c2 of 3
        assertThat(all.<Double>getAs("first_contact_within_target_share"))
                .isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void measuresResolutionInDaysAndCountsUnresolvedAndBadLagsApart() {
        Row all = sla().get("all|null|all|null");

        // resolved: c1 (2 d), c2 (20 d), c4 (0.5 d); unresolved: c3; before receipt: c5
        assertThat(all.<Long>getAs("resolved")).isEqualTo(3);
        assertThat(all.<Long>getAs("unresolved")).isEqualTo(1);
        assertThat(all.<Long>getAs("resolution_negative")).isEqualTo(1);
        // sorted [0.5, 2, 20]: p50 -> 2, p90 -> 20, p99 -> 20
        assertThat(all.<Double>getAs("resolution_p50_days")).isEqualTo(2.0);
        assertThat(all.<Double>getAs("resolution_p90_days")).isEqualTo(20.0);
        assertThat(all.<Double>getAs("resolution_p99_days")).isEqualTo(20.0);
        // within 15 d: c1, c4 of 3
        assertThat(all.<Double>getAs("resolution_within_target_share"))
                .isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void sumsCompensationAndCountsOutcomesAndRegulatorCases() {
        Row all = sla().get("all|null|all|null");

        // 200.5 + 0.0 + 100.25; null compensation adds nothing
        assertThat(all.<Double>getAs("compensation_total")).isEqualTo(300.75);
        // c3 is both flagged and from the regulator channel: counted once
        assertThat(all.<Long>getAs("regulator_forwarded")).isEqualTo(1);
        assertThat(all.<Long>getAs("outcome_explained")).isEqualTo(1);
        assertThat(all.<Long>getAs("outcome_corrected")).isZero();
        assertThat(all.<Long>getAs("outcome_compensated")).isEqualTo(1);
        assertThat(all.<Long>getAs("outcome_rejected")).isEqualTo(1);
        assertThat(all.<Long>getAs("outcome_pending")).isEqualTo(1);
        assertThat(all.<Long>getAs("outcome_missing")).isEqualTo(1);
    }

    @Test
    void perIncidentRowsLeaveOutComplaintsOfOtherIncidentsAndUnlinkedOnes() {
        Row a = sla().get("incident|A|all|null");

        assertThat(a.<Long>getAs("complaints")).isEqualTo(3);
        // resolved [2, 20]: p50 rank ceil(1.0) = 1 -> 2; p90 rank ceil(1.8) = 2 -> 20
        assertThat(a.<Double>getAs("resolution_p50_days")).isEqualTo(2.0);
        assertThat(a.<Double>getAs("resolution_p90_days")).isEqualTo(20.0);
        assertThat(a.<Double>getAs("resolution_within_target_share")).isEqualTo(0.5);
        assertThat(a.<Double>getAs("compensation_total")).isEqualTo(200.5);
        assertThat(a.<Long>getAs("regulator_forwarded")).isEqualTo(1);
    }

    @Test
    void aSingleComplaintIsEveryPercentileAndAnEmptyLagSetGivesNulls() {
        Row b = sla().get("incident|B|all|null");

        assertThat(b.<Long>getAs("complaints")).isEqualTo(1);
        // its only contact is before receipt: no valid lag, percentiles and share null
        assertThat(b.<Long>getAs("with_first_contact")).isZero();
        assertThat(b.<Long>getAs("first_contact_negative")).isEqualTo(1);
        assertThat(b.<Object>getAs("first_contact_p50_hours")).isNull();
        assertThat(b.<Object>getAs("first_contact_p99_hours")).isNull();
        assertThat(b.<Object>getAs("first_contact_within_target_share")).isNull();
        // 08:00 -> 20:00 = 0.5 d is p50, p90 and p99
        assertThat(b.<Double>getAs("resolution_p50_days")).isEqualTo(0.5);
        assertThat(b.<Double>getAs("resolution_p90_days")).isEqualTo(0.5);
        assertThat(b.<Double>getAs("resolution_p99_days")).isEqualTo(0.5);
        assertThat(b.<Double>getAs("resolution_within_target_share")).isEqualTo(1.0);
        assertThat(b.<Double>getAs("compensation_total")).isZero();
    }

    @Test
    void cutsByChannelBranchAndProductWithMissingValuesAsNull() {
        Map<String, Row> rows = sla();

        // hotline: c1 (2 h) and c4 (bad contact); resolved [0.5, 2] -> p50 rank 1 = 0.5, p90 2
        Row hotline = rows.get("all|null|channel|hotline");
        assertThat(hotline.<Long>getAs("complaints")).isEqualTo(2);
        assertThat(hotline.<Double>getAs("first_contact_p50_hours")).isEqualTo(2.0);
        assertThat(hotline.<Double>getAs("resolution_p50_days")).isEqualTo(0.5);
        assertThat(hotline.<Double>getAs("resolution_p90_days")).isEqualTo(2.0);
        // BJ-01: c1 (2 h) and c3 (25 h): p50 rank 1 -> 2, p90 rank 2 -> 25
        Row bj = rows.get("all|null|branch|BJ-01");
        assertThat(bj.<Double>getAs("first_contact_p50_hours")).isEqualTo(2.0);
        assertThat(bj.<Double>getAs("first_contact_p90_hours")).isEqualTo(25.0);
        assertThat(bj.<Double>getAs("first_contact_within_target_share")).isEqualTo(0.5);
        // no branch: c2 and c5
        assertThat(rows.get("all|null|branch|null").<Long>getAs("complaints")).isEqualTo(2);
        // debit_card: c1, c2, c4
        assertThat(rows.get("all|null|product|debit_card").<Long>getAs("complaints")).isEqualTo(3);
        assertThat(rows.get("incident|A|product|debit_card").<Long>getAs("complaints")).isEqualTo(2);
    }

    @Test
    void aLagExactlyAtTheTargetIsWithinAndTiesCountEach() {
        // both exactly 24 h to first contact and exactly 15 d to resolution
        Dataset<Row> twins = table(COMPLAINTS,
                row("t1", "T", cst("2024-03-05 10:00"), "web", null, null,
                        cst("2024-03-06 10:00"), cst("2024-03-20 10:00"), "corrected", null, null),
                row("t2", "T", cst("2024-03-05 10:00"), "web", null, null,
                        cst("2024-03-06 10:00"), cst("2024-03-20 10:00"), "corrected", null, null));

        Row t = byKey(ComplaintSla.of(twins, DEFAULTS), "scope", "incident_id", "dimension", "value")
                .get("incident|T|all|null");

        assertThat(t.<Double>getAs("first_contact_p50_hours")).isEqualTo(24.0);
        assertThat(t.<Double>getAs("first_contact_within_target_share")).isEqualTo(1.0);
        assertThat(t.<Double>getAs("resolution_p99_days")).isEqualTo(15.0);
        assertThat(t.<Double>getAs("resolution_within_target_share")).isEqualTo(1.0);
        assertThat(t.<Long>getAs("outcome_corrected")).isEqualTo(2);
        assertThat(t.<Long>getAs("regulator_forwarded")).isZero();
    }

    @Test
    void noComplaintsGiveNoRows() {
        assertThat(ComplaintSla.of(table(COMPLAINTS), DEFAULTS).count()).isZero();
    }

    @Test
    void failsNamingTheMissingColumns() {
        Dataset<Row> complaints = table(COMPLAINTS).drop("branch", "outcome");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintSla.of(complaints, DEFAULTS))
                .withMessageContaining("ComplaintSla: complaints lacks column(s) branch, outcome");
    }
}
