package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
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
import static org.apache.spark.sql.functions.not;

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
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * Validates raw records against their table's fields. JSON text is parsed here by Spark's own JSON
 * reader ({@code from_json}); every field is then typed by {@link FieldRules}. The result keeps
 * every record: the typed fields, the lineage columns and {@value #ERRORS}, the list of problems
 * (empty for a good record). Splitting good from bad is the caller's choice, so no record is lost
 * in between. The raw text is kept only for records with a problem (null for good ones): the
 * quarantine shows it, nothing else needs it.
 */
public final class RecordValidator {
    public static final String ERRORS = "errors";
    /** One problem of a record, as {@link FieldRules#error} builds it. */
    private static final StructType ERROR = new StructType()
            .add("reason", DataTypes.StringType).add("field", DataTypes.StringType)
            .add("message", DataTypes.StringType);
    private static final String FIELDS = "_fields";
    private static final String HAS_FIELDS = "_has_fields";

    private final SourceTable table;

    public RecordValidator(SourceTable table) {
        this.table = table;
    }

    /**
     * Four projections, each reading the previous one's columns, so that the JSON parse, every
     * map lookup and every typed parse happen once per record and field (a map lookup scans the
     * map's keys; written as one expression tree, each lookup was repeated in every check that
     * used it, and the tree was too large for Spark to compile, so it ran interpreted).
     */
    public Dataset<Row> validate(Dataset<Row> rawRecords) {
        List<Column> lineage = List.of(col(RawRecord.SOURCE_FILE), col(RawRecord.LINE),
                col(RawRecord.RAW), col(RawRecord.PROBLEM), col(RawRecord.PROBLEM_DETAIL));

        List<Column> parsed = new ArrayList<>(lineage);
        parsed.add(fieldsOf().as(FIELDS));

        List<Column> values = new ArrayList<>(lineage);
        Column fields = col(FIELDS);
        values.add(fields.isNotNull().as(HAS_FIELDS));
        for (FieldSpec field : table.fields()) {
            values.add(FieldRules.rawValue(fields, field).as(rawName(field)));
        }

        List<Column> typed = new ArrayList<>(lineage);
        typed.add(col(HAS_FIELDS));
        for (FieldSpec field : table.fields()) {
            typed.add(col(rawName(field)));
            typed.add(FieldRules.withDefault(col(rawName(field)),
                            FieldRules.typed(col(rawName(field)), field), field)
                    .cast(FieldRules.warehouseType(field)).as(field.name()));
        }

        List<Column> result = new ArrayList<>(lineage.subList(0, 2));
        List<Column> problems = new ArrayList<>();
        problems.add(readProblem());
        for (FieldSpec field : table.fields()) {
            result.add(col(field.name()));
            problems.add(when(col(HAS_FIELDS), FieldRules.problem(col(rawName(field)),
                    col(field.name()), field)));
        }
        // array_compact is evaluated interpreted (a higher-order function); a good record, the
        // common case, only needs the compiled coalesce to know it has no problem
        Column[] all = problems.toArray(Column[]::new);
        Column hasProblem = coalesce(all).isNotNull();
        Column list = array_compact(array(all));
        // only the quarantine needs the raw text: good records leave it out of what the caller
        // caches
        result.add(when(hasProblem, col(RawRecord.RAW)).as(RawRecord.RAW));
        result.add(when(hasProblem, list)
                .otherwise(array().cast(new ArrayType(ERROR, true))).as(ERRORS));

        return rawRecords.select(parsed.toArray(Column[]::new))
                .select(values.toArray(Column[]::new))
                .select(typed.toArray(Column[]::new))
                .select(result.toArray(Column[]::new));
    }

    private static String rawName(FieldSpec field) {
        return "_raw_" + field.name();
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
                .when(not(col(HAS_FIELDS)), FieldRules.error(QuarantineReason.BAD_JSON, null,
                        lit("record is not a JSON object")));
    }
}
