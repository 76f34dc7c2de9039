package com.hindsight.jobs.analyze.response;

import com.hindsight.jobs.analyze.MetricTestTables;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny hand-built inputs for the response metrics, with the columns the real inputs have. */
final class TestTables extends MetricTestTables {
    static final StructType ACTIONS = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("at", DataTypes.TimestampType)
            .add("role", DataTypes.StringType)
            .add("action", DataTypes.StringType);
    static final StructType POSTS = new StructType()
            .add("id", DataTypes.StringType)
            .add("incident_id", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType)
            .add("is_official", DataTypes.BooleanType);
    static final StructType RESPONSE_TIMES = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("milestone", DataTypes.StringType)
            .add("at", DataTypes.TimestampType);

    private TestTables() {
    }

    static AnalyzeOptions withWindow(int effectWindowHours) {
        AnalyzeOptions d = AnalyzeOptions.defaults();
        return new AnalyzeOptions(d.negativeBelow(), d.subsideShare(), d.subsideHours(),
                effectWindowHours, d.responseTargets(), d.alertRules(), d.firstContactTarget(),
                d.resolutionTarget(), d.topSpreaders());
    }
}
