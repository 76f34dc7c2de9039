package com.hindsight.jobs.analyze.complaints;

import com.hindsight.jobs.analyze.MetricTestTables;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny hand-built inputs for the complaint metrics, with the columns the real inputs have. */
final class TestTables extends MetricTestTables {
    static final StructType COMPLAINTS = new StructType()
            .add("id", DataTypes.StringType)
            .add("incident_id", DataTypes.StringType)
            .add("received_at", DataTypes.TimestampType)
            .add("channel", DataTypes.StringType)
            .add("branch", DataTypes.StringType)
            .add("product", DataTypes.StringType)
            .add("first_response_at", DataTypes.TimestampType)
            .add("resolved_at", DataTypes.TimestampType)
            .add("outcome", DataTypes.StringType)
            .add("compensation", DataTypes.DoubleType)
            .add("regulator_forwarded", DataTypes.BooleanType);
    static final StructType INCIDENTS = new StructType()
            .add("id", DataTypes.StringType)
            .add("bank", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("category", DataTypes.StringType)
            .add("opened_at", DataTypes.TimestampType);

    private TestTables() {
    }
}
