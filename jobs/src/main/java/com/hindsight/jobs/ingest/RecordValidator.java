package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.map_entries;

import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.QuarantineReason;
import com.hindsight.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;

/**
 * Validates raw records against their table's fields. JSON text is parsed here by Spark's own JSON
 * reader ({@code from_json}); every field is then typed by {@link FieldRules}. The result keeps
 * every record: the typed fields, the lineage columns and {@value #ERRORS}, the list of problems
 * (empty for a good record). Splitting good from bad is the caller's choice, so no record is lost
 * in between.
 */
public final class RecordValidator {
    public static final String ERRORS = "errors";
    static final String FIELDS = "_fields";

    private final SourceTable table;

    public RecordValidator(SourceTable table) {
        this.table = table;
    }

    public Dataset<Row> validate(Dataset<Row> rawRecords) {
        Dataset<Row> withFields = rawRecords.withColumn(FIELDS, fieldsOf());
        List<Column> columns = new ArrayList<>();
        List<Column> problems = new ArrayList<>();
        columns.add(col(RawRecord.SOURCE_FILE));
        columns.add(col(RawRecord.LINE));
        columns.add(col(RawRecord.RAW));
        problems.add(readProblem());
        Column fields = col(FIELDS);
        for (FieldSpec field : table.fields()) {
            Column raw = FieldRules.rawValue(fields, field);
            Column typed = FieldRules.typed(raw, field);
            columns.add(typed.cast(FieldRules.warehouseType(field)).as(field.name()));
            problems.add(when(fields.isNotNull(), FieldRules.problem(raw, typed, field)));
        }
        columns.add(array_compact(array(problems.toArray(Column[]::new))).as(ERRORS));
        return withFields.select(columns.toArray(Column[]::new));
    }

    /**
     * The record's fields as a map with snake_case keys: a CSV or spreadsheet record brings its own
     * (even a rejected one, so that its personal data can be masked in the quarantine), a JSON
     * record is parsed; a JSON value that is not an object gives null.
     */
    private static Column fieldsOf() {
        Column parsed = from_json(col(RawRecord.RAW),
                new MapType(DataTypes.StringType, DataTypes.StringType, true), Map.of());
        Column fields = when(col(RawRecord.FIELDS).isNotNull(), col(RawRecord.FIELDS))
                .when(col(RawRecord.PROBLEM).isNull(), parsed);
        Column entries = transform(map_entries(fields), entry -> struct(
                lower(trim(entry.getField("key"))).as("key"), entry.getField("value").as("value")));
        return when(fields.isNotNull(), map_from_entries(entries));
    }

    /** The reader's problem, or bad JSON when the text did not parse to an object. */
    private static Column readProblem() {
        Column readerProblem = FieldRules.error(col(RawRecord.PROBLEM), null,
                col(RawRecord.PROBLEM_DETAIL));
        return when(col(RawRecord.PROBLEM).isNotNull(), readerProblem)
                .when(col(FIELDS).isNull(), FieldRules.error(QuarantineReason.BAD_JSON, null,
                        lit("record is not a JSON object")));
    }
}
