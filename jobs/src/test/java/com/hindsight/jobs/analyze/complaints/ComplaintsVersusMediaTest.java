package com.hindsight.jobs.analyze.complaints;

import static com.hindsight.jobs.analyze.complaints.TestTables.COMPLAINTS;
import static com.hindsight.jobs.analyze.complaints.TestTables.HOURLY;
import static com.hindsight.jobs.analyze.complaints.TestTables.INCIDENTS;
import static com.hindsight.jobs.analyze.complaints.TestTables.SPREAD;
import static com.hindsight.jobs.analyze.complaints.TestTables.at;
import static com.hindsight.jobs.analyze.complaints.TestTables.byKey;
import static com.hindsight.jobs.analyze.complaints.TestTables.cst;
import static com.hindsight.jobs.analyze.complaints.TestTables.row;
import static com.hindsight.jobs.analyze.complaints.TestTables.table;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ComplaintsVersusMediaTest {
    private static Dataset<Row> hourly() {
        return table(HOURLY,
                // A: 09..11, peak 10:00 (50)
                row("A", cst("2024-03-05 09:00"), "all", 10L, 0L, 0L),
                row("A", cst("2024-03-05 10:00"), "all", 50L, 0L, 0L),
                row("A", cst("2024-03-05 10:00"), "weibo", 40L, 0L, 0L),
                row("A", cst("2024-03-05 11:00"), "all", 20L, 0L, 0L),
                // B: across midnight, peak 00:00 (7)
                row("B", cst("2024-03-05 23:00"), "all", 5L, 0L, 0L),
                row("B", cst("2024-03-06 00:00"), "all", 7L, 0L, 0L),
                // C: posts only
                row("C", cst("2024-03-07 10:00"), "all", 3L, 0L, 0L));
    }

    private static Dataset<Row> spread() {
        return table(SPREAD,
                row("A", cst("2024-03-05 09:00"), cst("2024-03-05 10:00"), 50L, null),
                row("B", cst("2024-03-05 23:00"), cst("2024-03-06 00:00"), 7L, null),
                row("C", cst("2024-03-07 10:00"), cst("2024-03-07 10:00"), 3L, null));
    }

    /** A: 08:30, 11:10, 11:40, 13:05, 13:50 (11:00 and 13:00 tie at 2).  B: 02:15 Shanghai. */
    private static Dataset<Row> complaints() {
        return table(COMPLAINTS,
                complaint("a1", "A", cst("2024-03-05 08:30")),
                complaint("a2", "A", cst("2024-03-05 11:10")),
                complaint("a3", "A", cst("2024-03-05 11:40")),
                complaint("a4", "A", cst("2024-03-05 13:05")),
                complaint("a5", "A", cst("2024-03-05 13:50")),
                complaint("b1", "B", at("2024-03-05T18:15Z")),
                complaint("d1", "D", cst("2024-03-07 15:20")),
                complaint("x1", null, cst("2024-03-05 10:30")));
    }

    private static Object[] complaint(String id, String incident, Timestamp received) {
        return row(id, incident, received, "hotline", null, null, null, null, null, null, null);
    }

    private static ComplaintsVersusMedia comparison() {
        return ComplaintsVersusMedia.of(complaints(), hourly(), spread());
    }

    /** "hour posts complaints" of one incident, in hour order. */
    private static List<String> hours(String incident) {
        return comparison().hourly().where(col("incident_id").equalTo(incident)).orderBy("hour")
                .collectAsList().stream()
                .map(r -> r.getTimestamp(r.fieldIndex("hour")).toInstant() + " "
                        + r.getLong(r.fieldIndex("posts")) + " " + r.getLong(r.fieldIndex("complaints")))
                .toList();
    }

    @Test
    void putsComplaintsBesidePostsOverTheUnionOfBothRangesWithZeroHours() {
        // A: complaints start at 08:00 (before the first post) and end at 13:00 (after the last)
        assertThat(hours("A")).containsExactly(
                "2024-03-05T00:00:00Z 0 1",    // 08:00 Shanghai
                "2024-03-05T01:00:00Z 10 0",
                "2024-03-05T02:00:00Z 50 0",   // weibo's 40 not added
                "2024-03-05T03:00:00Z 20 2",
                "2024-03-05T04:00:00Z 0 0",    // 12:00: nothing, still present
                "2024-03-05T05:00:00Z 0 2");
    }

    @Test
    void densifiesAcrossMidnight() {
        // B: 23:00, 00:00, 01:00 (empty), 02:00 (the complaint at 02:15)
        assertThat(hours("B")).containsExactly(
                "2024-03-05T15:00:00Z 5 0",
                "2024-03-05T16:00:00Z 7 0",
                "2024-03-05T17:00:00Z 0 0",
                "2024-03-05T18:00:00Z 0 1");
    }

    @Test
    void leavesOutComplaintsWithoutIncident() {
        assertThat(comparison().hourly().where(col("incident_id").isNull()).count()).isZero();
        assertThat(comparison().hourly().select("incident_id").distinct().count()).isEqualTo(4);
    }

    @Test
    void complaintPeakTiesGoToTheEarliestHourAndTheLagIsMeasuredFromTheMediaPeak() {
        Map<String, Row> peaks = byKey(comparison().peaks(), "incident_id");

        Row a = peaks.get("A");
        assertThat(a.<Long>getAs("posts")).isEqualTo(80);        // 10 + 50 + 20
        assertThat(a.<Long>getAs("complaints")).isEqualTo(5);
        assertThat(a.<Object>getAs("media_peak_hour")).isEqualTo(cst("2024-03-05 10:00"));
        assertThat(a.<Long>getAs("media_peak_posts")).isEqualTo(50);
        // 11:00 and 13:00 both have 2: the earlier wins
        assertThat(a.<Object>getAs("complaint_peak_hour")).isEqualTo(cst("2024-03-05 11:00"));
        assertThat(a.<Long>getAs("complaint_peak_complaints")).isEqualTo(2);
        assertThat(a.<Double>getAs("peak_lag_hours")).isCloseTo(1.0, within(1e-12)); // 11 - 10
        // B: 02:00 - 00:00 across midnight
        assertThat(peaks.get("B").<Double>getAs("peak_lag_hours")).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void anIncidentWithOnlyPostsOrOnlyComplaintsHasNoLag() {
        Map<String, Row> peaks = byKey(comparison().peaks(), "incident_id");

        Row c = peaks.get("C");
        assertThat(c.<Long>getAs("complaints")).isZero();
        assertThat(c.<Object>getAs("complaint_peak_hour")).isNull();
        assertThat(c.<Object>getAs("complaint_peak_complaints")).isNull();
        assertThat(c.<Object>getAs("peak_lag_hours")).isNull();
        Row d = peaks.get("D");
        assertThat(d.<Long>getAs("posts")).isZero();
        assertThat(d.<Object>getAs("media_peak_hour")).isNull();
        assertThat(d.<Object>getAs("complaint_peak_hour")).isEqualTo(cst("2024-03-07 15:00"));
        assertThat(d.<Object>getAs("peak_lag_hours")).isNull();
    }

    @Test
    void comparesIncidentCategoriesOfTheRegister() {
        Dataset<Row> incidents = table(INCIDENTS,
                row("A", "bank", "core upgrade", "system_failure", cst("2024-03-05 09:00")),
                row("B", "bank", "app outage", "system_failure", cst("2024-03-05 23:00")),
                row("C", "bank", "card leak", "data_leak", cst("2024-03-07 10:00")),
                row("E", "bank", "quiet leak", "data_leak", cst("2024-03-08 10:00")));

        Map<String, Row> categories = byKey(comparison().byCategory(incidents), "category");

        Row failures = categories.get("system_failure");
        assertThat(failures.<Long>getAs("incidents")).isEqualTo(2);
        assertThat(failures.<Long>getAs("posts")).isEqualTo(92);       // 80 + 12
        assertThat(failures.<Long>getAs("complaints")).isEqualTo(6);   // 5 + 1
        assertThat(failures.<Double>getAs("complaints_per_1000_posts"))
                .isCloseTo(6000.0 / 92, within(1e-9));
        assertThat(failures.<Long>getAs("incidents_with_peak_lag")).isEqualTo(2);
        // lags [1, 2]: nearest rank ceil(0.5 * 2) = 1 -> 1
        assertThat(failures.<Double>getAs("median_peak_lag_hours")).isEqualTo(1.0);
        // C has posts only; E has no data at all but is in the register
        Row leaks = categories.get("data_leak");
        assertThat(leaks.<Long>getAs("incidents")).isEqualTo(2);
        assertThat(leaks.<Long>getAs("posts")).isEqualTo(3);
        assertThat(leaks.<Double>getAs("complaints_per_1000_posts")).isZero();
        assertThat(leaks.<Object>getAs("median_peak_lag_hours")).isNull();
        // D is not in the register: null category, no posts so no rate
        Row unknown = categories.get("null");
        assertThat(unknown.<Long>getAs("incidents")).isEqualTo(1);
        assertThat(unknown.<Long>getAs("complaints")).isEqualTo(1);
        assertThat(unknown.<Object>getAs("complaints_per_1000_posts")).isNull();
        assertThat(categories).hasSize(3);
    }

    @Test
    void failsNamingTheMissingSpreadColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintsVersusMedia.of(complaints(), hourly(),
                        spread().drop("peak_hour")))
                .withMessageContaining("spread summary lacks column(s) peak_hour");
    }
}
