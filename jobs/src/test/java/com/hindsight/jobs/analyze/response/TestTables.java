package com.hindsight.jobs.analyze.response;

import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny hand-built inputs for the response metrics, with the columns the real inputs have. */
final class TestTables {
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
    static final StructType SPREAD = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("first_mention", DataTypes.TimestampType)
            .add("peak_hour", DataTypes.TimestampType)
            .add("peak_posts", DataTypes.LongType)
            .add("subsided_at", DataTypes.TimestampType);
    static final StructType HOURLY = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("hour", DataTypes.TimestampType)
            .add("channel", DataTypes.StringType)
            .add("posts", DataTypes.LongType)
            .add("negative_posts", DataTypes.LongType)
            .add("scored_posts", DataTypes.LongType);
    static final StructType RESPONSE_TIMES = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("milestone", DataTypes.StringType)
            .add("at", DataTypes.TimestampType);

    private TestTables() {
    }

    /** An instant written with its offset, e.g. "2024-03-05T09:00+08:00" or "...Z". */
    static Timestamp at(String isoWithOffset) {
        return Timestamp.from(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    /** Shorthand for a wall-clock time in Asia/Shanghai, the test session's zone. */
    static Timestamp cst(String dateTime) {
        return at(dateTime.replace(' ', 'T') + "+08:00");
    }

    static Dataset<Row> table(StructType schema, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return SparkTestSession.get().createDataFrame(list, schema);
    }

    static Object[] row(Object... values) {
        return values;
    }

    /** The collected rows keyed by the given columns joined with "|" (null as "null"). */
    static Map<String, Row> byKey(Dataset<Row> result, String... keys) {
        Map<String, Row> map = new HashMap<>();
        for (Row r : result.collectAsList()) {
            String key = Arrays.stream(keys).map(k -> String.valueOf((Object) r.getAs(k)))
                    .collect(Collectors.joining("|"));
            if (map.put(key, r) != null) {
                throw new AssertionError("two rows for key " + key);
            }
        }
        return map;
    }

    static AnalyzeOptions withWindow(int effectWindowHours) {
        AnalyzeOptions d = AnalyzeOptions.defaults();
        return new AnalyzeOptions(d.negativeBelow(), d.subsideShare(), d.subsideHours(),
                effectWindowHours, d.responseTargets(), d.alertRules(), d.firstContactTarget(),
                d.resolutionTarget(), d.topSpreaders());
    }
}
