package com.hindsight.jobs.analyze.complaints;

import static com.hindsight.jobs.analyze.complaints.TestTables.COMPLAINTS;
import static com.hindsight.jobs.analyze.complaints.TestTables.at;
import static com.hindsight.jobs.analyze.complaints.TestTables.cst;
import static com.hindsight.jobs.analyze.complaints.TestTables.row;
import static com.hindsight.jobs.analyze.complaints.TestTables.table;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ComplaintBacklogTest {
    /**
     * k1 (A): received 23:50 on 03-05 Shanghai (15:50Z), resolved 00:10 on 03-06 Shanghai
     * (16:10Z, still 03-05 in UTC).  k2 (A): received 03-05, never resolved.  k3 (A): received
     * 03-08, resolved 03-09.  k4 (B): received 03-06, "resolved" 03-04 (bad data).  k5 (no
     * incident): received 00:00 on 03-07 Shanghai, written as 16:00Z on 03-06.
     */
    private static Dataset<Row> complaints() {
        return table(COMPLAINTS,
                row("k1", "A", at("2024-03-05T15:50Z"), "hotline", null, null, null,
                        at("2024-03-05T16:10Z"), null, null, null),
                row("k2", "A", cst("2024-03-05 10:00"), "hotline", null, null, null, null,
                        null, null, null),
                row("k3", "A", cst("2024-03-08 09:00"), "app", null, null, null,
                        cst("2024-03-09 08:00"), null, null, null),
                row("k4", "B", cst("2024-03-06 12:00"), "app", null, null, null,
                        cst("2024-03-04 12:00"), null, null, null),
                row("k5", null, at("2024-03-06T16:00Z"), "email", null, null, null, null,
                        null, null, null));
    }

    /** "day received resolved open" per day of one scope, in day order. */
    private static List<String> days(Dataset<Row> backlog, String scope, String incident) {
        Dataset<Row> rows = backlog.where(col("scope").equalTo(scope));
        rows = incident == null ? rows.where(col("incident_id").isNull())
                : rows.where(col("incident_id").equalTo(incident));
        return rows.orderBy("day").collectAsList().stream()
                .map(r -> r.get(r.fieldIndex("day")) + " " + r.getLong(r.fieldIndex("received"))
                        + " " + r.getLong(r.fieldIndex("resolved")) + " "
                        + r.getLong(r.fieldIndex("open_at_end_of_day")))
                .toList();
    }

    @Test
    void countsEachDayOfAnIncidentInTheSessionZoneWithZeroDaysIncluded() {
        // 03-05: k1 k2 in; 03-06: k1 out (00:10 Shanghai); 03-07: nothing; 03-08: k3 in; 03-09 k3 out
        assertThat(days(ComplaintBacklog.of(complaints()), "incident", "A")).containsExactly(
                "2024-03-05 2 0 2",
                "2024-03-06 0 1 1",
                "2024-03-07 0 0 1",
                "2024-03-08 1 0 2",
                "2024-03-09 0 1 1");
    }

    @Test
    void aResolutionBeforeReceiptCountsOnTheDayOfReceipt() {
        assertThat(days(ComplaintBacklog.of(complaints()), "incident", "B"))
                .containsExactly("2024-03-06 1 1 0");
    }

    @Test
    void theAllScopeCoversEveryComplaintIncludingUnlinkedOnes() {
        // 03-06: k4 in, k1 and k4 out; 03-07: k5 in (00:00 Shanghai)
        assertThat(days(ComplaintBacklog.of(complaints()), "all", null)).containsExactly(
                "2024-03-05 2 0 2",
                "2024-03-06 1 2 1",
                "2024-03-07 1 0 2",
                "2024-03-08 1 0 3",
                "2024-03-09 0 1 2");
    }

    @Test
    void aSingleUnresolvedComplaintStaysOpen() {
        Dataset<Row> one = table(COMPLAINTS, row("s1", "S", cst("2024-03-05 10:00"), "web",
                null, null, null, null, null, null, null));

        Dataset<Row> backlog = ComplaintBacklog.of(one);

        assertThat(days(backlog, "incident", "S")).containsExactly("2024-03-05 1 0 1");
        assertThat(backlog.columns()).containsExactly("scope", "incident_id", "day", "received",
                "resolved", "open_at_end_of_day");
    }

    @Test
    void noComplaintsGiveNoDays() {
        assertThat(ComplaintBacklog.of(table(COMPLAINTS)).count()).isZero();
    }

    @Test
    void failsNamingTheMissingColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ComplaintBacklog.of(table(COMPLAINTS).drop("resolved_at")))
                .withMessageContaining("ComplaintBacklog: complaints lacks column(s) resolved_at");
    }
}
