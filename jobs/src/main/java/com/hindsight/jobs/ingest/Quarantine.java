package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.PiiKind;
import com.hindsight.model.SourceTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quarantine table: one row per rejected record with where it came from, why, and its raw
 * text. It is written partitioned by source table ({@code quarantine/table=posts/...}), so the
 * {@code table} column comes from the folder name. Raw text and messages are masked like free text, so no personal data reaches it.
 */
public final class Quarantine {
    public static final String TABLE = "quarantine";
    public static final String REASON = "reason";

    private Quarantine() {
    }

    public static Column isRejected() {
        return size(col(RecordValidator.ERRORS)).gt(0);
    }

    /** The quarantine rows of validated records of one table. */
    public static Dataset<Row> of(Dataset<Row> validated, SourceTable table) {
        Column errors = col(RecordValidator.ERRORS);
        return validated.filter(isRejected()).select(
                col(RawRecord.SOURCE_FILE),
                col(RawRecord.LINE),
                element_at(errors, 1).getField("reason").as(REASON),
                element_at(errors, 1).getField("field").as("field"),
                PiiMasking.maskFreeText(concat_ws("; ", transform(errors, e -> e.getField("message"))))
                        .as("message"),
                transform(errors, e -> e.getField("reason")).as("all_reasons"),
                PiiMasking.maskFreeText(withPersonalFieldsMasked(col(RawRecord.RAW), table))
                        .as(RawRecord.RAW));
    }

    /**
     * The raw text with the values of the table's personal-data fields replaced by their masked
     * form: free-text masking finds numbers and e-mails, but only the field says what is a name.
     */
    private static Column withPersonalFieldsMasked(Column raw, SourceTable table) {
        Column result = raw;
        for (FieldSpec field : table.fields()) {
            if (field.pii() != PiiKind.NONE && field.pii() != PiiKind.FREE_TEXT) {
                Column value = col(field.name());
                result = when(value.isNotNull().and(length(value).gt(0)),
                        replace(result, value, PiiMasking.maskField(value, field.pii())))
                        .otherwise(result);
            }
        }
        return result;
    }
}
