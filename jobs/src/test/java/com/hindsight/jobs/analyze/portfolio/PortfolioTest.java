package com.hindsight.jobs.analyze.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    private final SparkSession spark = SparkTestSession.get();

    private Dataset<Row> incidents() {
        StructType schema = new StructType().add("id", DataTypes.StringType)
                .add("bank", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("category", DataTypes.StringType).add("opened_at", DataTypes.TimestampType);
        return spark.createDataFrame(List.of(
                RowFactory.create("A", "b1", "t", "system_failure", ts("2024-03-05T01:00:00Z")),
                RowFactory.create("B", "b2", "t", "data_leak", ts("2024-03-20T01:00:00Z")),
                RowFactory.create("C", "b3", "t", "mis_selling", ts("2024-04-02T01:00:00Z"))),
                schema);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(java.time.Instant.parse(instant));
    }

    @Test
    void ranksBySeverityComputedByHand() {
        StructType spreadSchema = new StructType().add("incident_id", DataTypes.StringType)
                .add("first_mention", DataTypes.TimestampType)
                .add("last_mention", DataTypes.TimestampType)
                .add("reach_followers", DataTypes.LongType).add("peak_posts", DataTypes.LongType)
                .add("negative_share", DataTypes.DoubleType)
                .add("time_to_subside_hours", DataTypes.DoubleType);
        Dataset<Row> spread = spark.createDataFrame(List.of(
                RowFactory.create("A", ts("2024-03-05T00:00:00Z"), ts("2024-03-06T00:00:00Z"),
                        999_999L, 99L, 0.5, 10.0),
                // never subsided: the duration runs to the last mention, 30 hours
                RowFactory.create("B", ts("2024-03-20T00:00:00Z"), ts("2024-03-21T06:00:00Z"),
                        9L, 9L, 1.0, null),
                RowFactory.create("C", ts("2024-04-02T00:00:00Z"), ts("2024-04-02T08:00:00Z"),
                        0L, 0L, null, 5.0)), spreadSchema);
        Dataset<Row> complaints = spark.createDataFrame(List.of(
                RowFactory.create("A", "hotline", false), RowFactory.create("A", "regulator", null),
                RowFactory.create("C", "app", true), RowFactory.create(null, "app", true)),
                new StructType().add("incident_id", DataTypes.StringType)
                        .add("channel", DataTypes.StringType)
                        .add("regulator_forwarded", DataTypes.BooleanType));

        List<Row> rows = SeverityRanking.of(incidents(), spread, complaints)
                .select("incident_id", "reach_part", "peak_part", "negative_part",
                        "complaints_part", "regulator_part", "duration_part", "severity_index",
                        "severity", "rank", "period", "rank_in_period", "complaints",
                        "regulator_complaints")
                .orderBy("rank").collectAsList();

        // parts: 0 for a value of 0, else 100 x (incidents at or below the value) / 3
        // reach      A 999999 -> 100,  B 9 -> 66.7,  C 0 -> 0
        // peak       A 99 -> 100,      B 9 -> 66.7,  C 0 -> 0
        // negative   A 0.5 -> 66.7,    B 1.0 -> 100, C none -> 0
        // complaints A 2 -> 100,       B 0 -> 0,     C 1 -> 66.7
        // regulator  A 1 (channel regulator) -> 100, B 0 -> 0, C 1 (forwarded) -> 100 (a tie)
        // duration   A 10 h -> 66.7,   B 30 h -> 100, C 5 h -> 33.3
        // index A = .25*100 + .15*100 + .20*66.7 + .15*100 + .15*100 + .10*66.7 = 90.0
        //       B = .25*66.7 + .15*66.7 + .20*100 + .10*100 = 56.7
        //       C = .15*66.7 + .15*100 + .10*33.3 = 28.3
        // severity: the index's percentile, 100, 66.7, 33.3
        assertThat(rows).extracting(r -> r.getString(0) + " " + r.get(1) + " " + r.get(2) + " "
                        + r.get(3) + " " + r.get(4) + " " + r.get(5) + " " + r.get(6) + " "
                        + r.get(7) + " " + r.get(8) + " " + r.get(9) + " " + r.get(10) + " "
                        + r.get(11) + " " + r.get(12) + " " + r.get(13))
                .containsExactly(
                        "A 100.0 100.0 66.7 100.0 100.0 66.7 90.0 100.0 1 2024-03 1 2 1",
                        "B 66.7 66.7 100.0 0.0 0.0 100.0 56.7 66.7 2 2024-03 2 0 0",
                        "C 0.0 0.0 0.0 66.7 100.0 33.3 28.3 33.3 3 2024-04 1 1 1");
    }

    private Dataset<Row> reviews() {
        StructType item = new StructType().add("title", DataTypes.StringType)
                .add("owner", DataTypes.StringType).add("due", DataTypes.DateType)
                .add("status", DataTypes.StringType);
        StructType schema = new StructType().add("incident_id", DataTypes.StringType)
                .add("root_cause", DataTypes.StringType)
                .add("actions", DataTypes.createArrayType(item));
        return spark.createDataFrame(List.of(
                RowFactory.create("A", "变更管理不足。", List.of(
                        RowFactory.create("演练", "IT", Date.valueOf("2024-05-01"), "open"),
                        RowFactory.create("培训", "HR", Date.valueOf("2024-04-01"), "done"))),
                RowFactory.create("B", " 变更管理不足 ：收费调整未经评审", List.of(
                        RowFactory.create("监控", "IT", Date.valueOf("2024-07-01"), "in_progress"))),
                RowFactory.create("C", "第三方供应商", List.of())), schema);
    }

    @Test
    void findsRootCausesSharedByTwoIncidentsByTheCategoryBeforeTheColon() {
        List<Row> rows = ReviewFindings.recurringRootCauses(reviews()).collectAsList();

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(0)).isEqualTo("变更管理不足");
        assertThat(rows.get(0).getLong(1)).isEqualTo(2L);
        assertThat(rows.get(0).<String>getList(2)).containsExactly("A", "B");
    }

    @Test
    void listsActionsNotDoneAndMarksThoseDueBeforeTheAsOfDate() {
        List<Row> rows = ReviewFindings.openActions(reviews(), LocalDate.parse("2024-06-01"))
                .select("incident_id", "title", "overdue", "days_overdue").collectAsList();

        // 演练 due 2024-05-01 is 31 days overdue on 2024-06-01; 监控 is due later; 培训 is done
        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getString(1) + ":"
                        + r.getBoolean(2) + ":" + r.get(3))
                .containsExactly("A:演练:true:31", "B:监控:false:null");
    }

    @Test
    void putsResponseTimesSideBySideInOpeningOrder() {
        StructType schema = new StructType().add("incident_id", DataTypes.StringType)
                .add("milestone", DataTypes.StringType)
                .add("hours_from_first_mention", DataTypes.DoubleType);
        Dataset<Row> times = spark.createDataFrame(List.of(
                RowFactory.create("B", "first_statement", 2.5),
                RowFactory.create("A", "first_statement", 20.0),
                RowFactory.create("A", "detected", 0.5)), schema);

        List<Row> rows = ResponseTrends.of(incidents(), times)
                .select("incident_id", "first_statement_hours", "detected_hours").collectAsList();

        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.get(1) + ":" + r.get(2))
                .containsExactly("A:20.0:0.5", "B:2.5:null", "C:null:null");
    }
}
