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
                .add("reach_followers", DataTypes.LongType).add("peak_posts", DataTypes.LongType)
                .add("negative_share", DataTypes.DoubleType);
        Dataset<Row> spread = spark.createDataFrame(List.of(
                RowFactory.create("A", 999_999L, 99L, 0.5),
                RowFactory.create("B", 9L, 9L, 1.0),
                RowFactory.create("C", 0L, 0L, null)), spreadSchema);
        Dataset<Row> complaints = spark.createDataFrame(List.of(
                RowFactory.create("A"), RowFactory.create("C"), RowFactory.create((Object) null)),
                new StructType().add("incident_id", DataTypes.StringType));

        List<Row> rows = SeverityRanking.of(incidents(), spread, complaints)
                .select("incident_id", "severity", "rank", "period", "rank_in_period", "complaints")
                .orderBy("rank").collectAsList();

        // log10(1+reach): A 6, B 1, C 0 -> R = 1, 1/6, 0
        // log10(1+peak):  A 2, B 1, C 0 -> P = 1, 0.5, 0
        // complaints: A 1, B 0, C 1 -> log10(2) for A and C -> C = 1, 0, 1
        // A: 100 * (0.30 + 0.25 + 0.25*0.5 + 0.20) = 87.5
        // B: 100 * (0.30/6 + 0.25*0.5 + 0.25*1.0 + 0) = 42.5
        // C: 100 * (0 + 0 + 0 + 0.20) = 20.0
        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getDouble(1) + ":" + r.getInt(2)
                        + ":" + r.getString(3) + ":" + r.getInt(4) + ":" + r.getLong(5))
                .containsExactly("A:87.5:1:2024-03:1:1", "B:42.5:2:2024-03:2:0",
                        "C:20.0:3:2024-04:1:1");
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
