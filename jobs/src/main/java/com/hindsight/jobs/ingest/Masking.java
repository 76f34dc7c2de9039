package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.transform;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.FieldType;
import com.hindsight.model.PiiKind;
import com.hindsight.model.SourceTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Masks every field of a table that may hold personal data, as the data contract marks it. */
public final class Masking {
    private Masking() {
    }

    public static Dataset<Row> maskPersonalData(Dataset<Row> records, SourceTable table) {
        Dataset<Row> masked = records;
        for (FieldSpec field : table.fields()) {
            if (field.pii() != PiiKind.NONE) {
                masked = masked.withColumn(field.name(),
                        PiiMasking.maskField(col(field.name()), field.pii()));
            } else if (field.type() == FieldType.STRING_LIST) {
                masked = masked.withColumn(field.name(),
                        transform(col(field.name()), PiiMasking::maskFreeText));
            }
        }
        return masked;
    }
}
