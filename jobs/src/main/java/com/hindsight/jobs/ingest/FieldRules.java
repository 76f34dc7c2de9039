package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.timestamp_millis;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.when;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.FieldType;
import com.hindsight.model.QuarantineReason;
import com.hindsight.model.TimestampFormats;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * For one field of the data contract: the Spark expression that turns its raw text into the typed
 * warehouse value, and the expression that says what is wrong with it (null when nothing is). Only
 * built-in functions, so Catalyst optimises them and no value crosses into Java per row.
 */
final class FieldRules {
    private FieldRules() {
    }

    /** ISO-8601 date-time, optional fraction, optional offset ("Z", "+08:00", "+0800"). */
    static final String ISO_DATE_TIME =
            "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$";
    static final String EPOCH_SECONDS = "^\\d{9,10}$";
    static final String EPOCH_MILLIS = "^\\d{12,13}$";
    static final String WHOLE_NUMBER = "^[+-]?\\d{1,18}$";
    static final String DECIMAL_NUMBER = "^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$";
    static final List<String> TRUE_WORDS = List.of("true", "1", "yes", "y");
    static final List<String> FALSE_WORDS = List.of("false", "0", "no", "n");
    private static final int VALUE_IN_MESSAGE = 60;

    static final StructType ACTION_ITEM = new StructType()
            .add("title", DataTypes.StringType)
            .add("owner", DataTypes.StringType)
            .add("due", DataTypes.StringType)
            .add("status", DataTypes.StringType);

    /** The raw value: trimmed, and null when absent or empty. */
    static Column rawValue(Column fields, FieldSpec field) {
        Column value = trim(fields.getItem(field.name()));
        return when(value.isNotNull().and(length(value).gt(0)), value);
    }

    /** The typed value, or the field's default when the record leaves the field out. */
    static Column withDefault(Column raw, Column typed, FieldSpec field) {
        return field.defaultValue() == null ? typed
                : when(raw.isNull(), lit(field.defaultValue())).otherwise(typed);
    }

    /** The typed value, null when the raw value is absent or not of the field's type. */
    static Column typed(Column v, FieldSpec field) {
        return switch (field.type()) {
            case STRING, TEXT -> v;
            case TIMESTAMP -> timestamp(v);
            case LONG -> when(v.rlike(WHOLE_NUMBER), v.try_cast(DataTypes.LongType));
            case DOUBLE -> when(v.rlike(DECIMAL_NUMBER), v.try_cast(DataTypes.DoubleType));
            case BOOLEAN -> when(lower(v).isin(TRUE_WORDS.toArray()), lit(true))
                    .when(lower(v).isin(FALSE_WORDS.toArray()), lit(false));
            case ENUM -> when(lower(v).isin(field.allowedValues().toArray()), lower(v));
            case STRING_LIST -> from_json(v, new ArrayType(DataTypes.StringType, true), Map.of());
            case ACTION_ITEMS -> transform(from_json(v, new ArrayType(ACTION_ITEM, true), Map.of()),
                    item -> struct(item.getField("title").as("title"),
                            item.getField("owner").as("owner"),
                            try_to_date(item.getField("due")).as("due"),
                            lower(trim(item.getField("status"))).as("status")));
        };
    }

    /** The warehouse column type of a field. */
    static DataType warehouseType(FieldSpec field) {
        return switch (field.type()) {
            case STRING, TEXT, ENUM -> DataTypes.StringType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case STRING_LIST -> new ArrayType(DataTypes.StringType, true);
            case ACTION_ITEMS -> new ArrayType(new StructType()
                    .add("title", DataTypes.StringType).add("owner", DataTypes.StringType)
                    .add("due", DataTypes.DateType).add("status", DataTypes.StringType), true);
        };
    }

    private static Column timestamp(Column v) {
        return when(v.rlike(EPOCH_SECONDS), timestamp_seconds(v.try_cast(DataTypes.LongType)))
                .when(v.rlike(EPOCH_MILLIS), timestamp_millis(v.try_cast(DataTypes.LongType)))
                .when(v.rlike(ISO_DATE_TIME), v.try_cast(DataTypes.TimestampType));
    }

    /**
     * What is wrong with a field, as a struct (reason, field, message), or null. {@code v} is the
     * raw value and {@code typed} the parsed one.
     */
    static Column problem(Column v, Column typed, FieldSpec field) {
        Column quoted = concat(lit("\""), substring(v, 1, VALUE_IN_MESSAGE), lit("\""));
        Column missing = error(QuarantineReason.MISSING_FIELD, field,
                lit("required field " + field.name() + " is missing or empty"));
        Column unparsed = error(reasonWhenUnparsed(field), field,
                concat(lit(field.name() + " "), quoted, lit(" " + expectation(field))));
        Column problem = when(v.isNull(), field.required() ? missing : lit(null))
                .when(typed.isNull(), unparsed);
        if (field.type() == FieldType.ACTION_ITEMS) {
            Column items = from_json(v, new ArrayType(ACTION_ITEM, true), Map.of());
            Column badDue = exists(items, item -> item.getField("due").isNotNull()
                    .and(try_to_date(item.getField("due")).isNull()));
            problem = problem.when(badDue, error(QuarantineReason.WRONG_TYPE, field,
                    lit(field.name() + " has an item whose due is not a date (yyyy-MM-dd)")));
        }
        if (field.minimum() != null || field.maximum() != null) {
            Column outside = lit(false);
            if (field.minimum() != null) {
                outside = outside.or(typed.lt(lit(field.minimum())));
            }
            if (field.maximum() != null) {
                outside = outside.or(typed.gt(lit(field.maximum())));
            }
            problem = problem.when(outside, error(QuarantineReason.OUT_OF_RANGE, field,
                    concat(lit(field.name() + " "), quoted, lit(" is outside " + range(field)))));
        }
        return problem;
    }

    static Column error(QuarantineReason reason, FieldSpec field, Column message) {
        return error(lit(reason.code()), field, message);
    }

    static Column error(Column reason, FieldSpec field, Column message) {
        return struct(reason.as("reason"),
                lit(field == null ? null : field.name()).cast(DataTypes.StringType).as("field"),
                message.as("message"));
    }

    private static QuarantineReason reasonWhenUnparsed(FieldSpec field) {
        return switch (field.type()) {
            case TIMESTAMP -> QuarantineReason.BAD_TIMESTAMP;
            case ENUM -> QuarantineReason.UNKNOWN_ENUM;
            default -> QuarantineReason.WRONG_TYPE;
        };
    }

    private static String expectation(FieldSpec field) {
        return switch (field.type()) {
            case TIMESTAMP -> "is not a timestamp (" + TimestampFormats.EXPECTED + ")";
            case LONG -> "is not a whole number";
            case DOUBLE -> "is not a number";
            case BOOLEAN -> "is not a boolean (true/false, 1/0, yes/no)";
            case ENUM -> "is not one of " + String.join(", ", field.allowedValues());
            case STRING_LIST -> "is not a JSON array of strings";
            case ACTION_ITEMS -> "is not a JSON array of {title, owner, due, status}";
            case STRING, TEXT -> "is not text";
        };
    }

    private static String range(FieldSpec field) {
        String min = field.minimum() == null ? "-inf" : trimNumber(field.minimum());
        String max = field.maximum() == null || field.maximum() >= Long.MAX_VALUE ? "inf"
                : trimNumber(field.maximum());
        return "[" + min + ", " + max + "]";
    }

    private static String trimNumber(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
