package com.hindsight.jobs.analyze;

import com.hindsight.jobs.SparkTestSession;
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

/**
 * Tiny hand-built inputs shared by the metric tests: the intermediate tables one metric hands to
 * the next, and helpers to write timestamps and rows. Each package's {@code TestTables} extends
 * this with the warehouse tables it needs.
 */
public class MetricTestTables {
    /** The hourly volume table (spread → response, complaints). */
    public static final StructType HOURLY = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("hour", DataTypes.TimestampType)
            .add("channel", DataTypes.StringType)
            .add("posts", DataTypes.LongType)
            .add("negative_posts", DataTypes.LongType)
            .add("scored_posts", DataTypes.LongType);
    /** The columns of the spread summary that response and complaint metrics read. */
    public static final StructType SPREAD = new StructType()
            .add("incident_id", DataTypes.StringType)
            .add("first_mention", DataTypes.TimestampType)
            .add("peak_hour", DataTypes.TimestampType)
            .add("peak_posts", DataTypes.LongType)
            .add("subsided_at", DataTypes.TimestampType);

    protected MetricTestTables() {
    }

    /** An instant written with its offset, e.g. "2024-03-05T09:00+08:00" or "...Z". */
    public static Timestamp at(String isoWithOffset) {
        return Timestamp.from(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    /** Shorthand for a wall-clock time in Asia/Shanghai, the test session's zone. */
    public static Timestamp cst(String dateTime) {
        return at(dateTime.replace(' ', 'T') + "+08:00");
    }

    public static Dataset<Row> table(StructType schema, Object[]... rows) {
        List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
        return SparkTestSession.get().createDataFrame(list, schema);
    }

    public static Object[] row(Object... values) {
        return values;
    }

    /** The collected rows keyed by the given columns joined with "|" (null as "null"). */
    public static Map<String, Row> byKey(Dataset<Row> result, String... keys) {
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
}
