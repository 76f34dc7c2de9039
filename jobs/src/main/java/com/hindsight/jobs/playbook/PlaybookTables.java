package com.hindsight.jobs.playbook;

import com.hindsight.playbook.DrillComparison;
import com.hindsight.playbook.PlaybookScore;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scores as metrics tables: {@code playbook} (one row per incident, the columns of the
 * metrics document's {@code playbook} section) and {@code playbook_drills_vs_real} (one row per
 * category with a drill and step). Built from the driver's scores: a few rows per incident.
 */
public final class PlaybookTables {
    private static final StructType STEP = new StructType()
            .add("action", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("target_hours", DataTypes.DoubleType, false)
            .add("hours", DataTypes.DoubleType, true)
            .add("status", DataTypes.StringType, false);
    private static final StructType EXTRA = new StructType()
            .add("action", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("at", DataTypes.TimestampType, false);
    private static final StructType INJECT = new StructType()
            .add("inject_id", DataTypes.StringType, false)
            .add("planned_at", DataTypes.TimestampType, false)
            .add("reaction_hours", DataTypes.DoubleType, true)
            .add("status", DataTypes.StringType, false);
    /** The {@code playbook} section: docs/playbooks.md. */
    static final StructType SCORES = new StructType()
            .add("incident_id", DataTypes.StringType, false)
            .add("playbook", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("steps", DataTypes.createArrayType(STEP, false), false)
            .add("extra_actions", DataTypes.createArrayType(EXTRA, false), false)
            .add("silent_roles", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("injects", DataTypes.createArrayType(INJECT, false), false);
    static final StructType DRILLS_VERSUS_REAL = new StructType()
            .add("category", DataTypes.StringType, true)
            .add("step", DataTypes.IntegerType, false)
            .add("action", DataTypes.StringType, false)
            .add("role", DataTypes.StringType, false)
            .add("target_hours", DataTypes.DoubleType, false)
            .add("drills", DataTypes.IntegerType, false)
            .add("drills_done", DataTypes.IntegerType, false)
            .add("drills_met", DataTypes.IntegerType, false)
            .add("drill_median_hours", DataTypes.DoubleType, true)
            .add("real", DataTypes.IntegerType, false)
            .add("real_done", DataTypes.IntegerType, false)
            .add("real_met", DataTypes.IntegerType, false)
            .add("real_median_hours", DataTypes.DoubleType, true);

    private PlaybookTables() {
    }

    public static Dataset<Row> scores(SparkSession spark, List<PlaybookScore> scores) {
        List<Row> rows = new ArrayList<>();
        for (PlaybookScore score : scores) {
            rows.add(RowFactory.create(score.incidentId(), score.playbook(), score.kind(),
                    score.steps().stream().map(s -> RowFactory.create(s.action(), s.role(),
                            s.targetHours(), s.hours(), s.status().key())).toList(),
                    score.extraActions().stream().map(e -> RowFactory.create(e.action(),
                            e.role(), timestamp(e.at()))).toList(),
                    score.silentRoles(),
                    score.injects().stream().map(i -> RowFactory.create(i.injectId(),
                            timestamp(i.plannedAt()), i.reactionHours(), i.status())).toList()));
        }
        return spark.createDataFrame(rows, SCORES);
    }

    public static Dataset<Row> drillsVersusReal(SparkSession spark, List<DrillComparison.Row> rows) {
        List<Row> out = new ArrayList<>();
        for (DrillComparison.Row r : rows) {
            out.add(RowFactory.create(r.category(), r.step(), r.action(), r.role(), r.targetHours(),
                    r.drills(), r.drillsDone(), r.drillsMet(), r.drillMedian(), r.real(),
                    r.realDone(), r.realMet(), r.realMedian()));
        }
        return spark.createDataFrame(out, DRILLS_VERSUS_REAL);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
