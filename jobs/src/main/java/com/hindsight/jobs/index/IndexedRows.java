package com.hindsight.jobs.index;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import com.hindsight.search.cases.CaseKind;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The table of what an index run holds, {@value #FOLDER}/ beside its Lucene folder: one row per
 * document, {@code (kind, id, hash)}, where the hash is a 64-bit content hash of exactly the
 * columns that become the document. The next run compares its rows with these to find which
 * documents are new or changed (their hash differs) and which are gone, without trusting what
 * ingest says it changed.
 *
 * <p>The hash input is the row as JSON ({@code to_json} of every selected column, field names
 * included and null fields left out, so that a value moving from one column to another changes
 * it), and the kind: {@code xxhash64(kind, json)}. Timestamps enter at millisecond precision,
 * the precision the index stores.
 *
 * <p>Posts and complaints also record the ingest Parquet file their row came from
 * ({@value #FILE}, not hashed; null for incidents and reviews): an incremental ingest carries an
 * unchanged file into the next run under its name, so the next index run takes the rows of such
 * a file from this table instead of hashing them again ({@link IndexJob}).
 */
final class IndexedRows {
    /** The folder of the table in an index run. */
    static final String FOLDER = "rows";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String HASH = "hash";
    /** The ingest Parquet file (its name) a post's or complaint's row came from. */
    static final String FILE = "file";

    /** Columns added to a kind's rows by {@link #withHash}: its document id and hash. */
    static final String DOCUMENT_ID = "_document_id";
    static final String DOCUMENT_HASH = "_document_hash";

    private IndexedRows() {
    }

    /**
     * The rows of one kind with {@value #DOCUMENT_ID} and {@value #DOCUMENT_HASH} added; the
     * hash covers every column the rows have but {@value #FILE}.
     *
     * @param idColumn the column holding the document id ({@code incident_id} for reviews)
     */
    static Dataset<Row> withHash(Dataset<Row> rows, CaseKind kind, String idColumn) {
        Column[] columns = Arrays.stream(rows.columns()).filter(name -> !name.equals(FILE))
                .map(name -> col(name)).toArray(Column[]::new);
        return rows.withColumn(DOCUMENT_ID, col(idColumn))
                .withColumn(DOCUMENT_HASH, xxhash64(lit(kind.key()), to_json(struct(columns))));
    }

    /** The table's rows for rows {@link #withHash hashed} of one kind. */
    static Dataset<Row> of(Dataset<Row> hashed, CaseKind kind) {
        Column file = hasFiles(hashed) ? col(FILE)
                : lit(null).cast(DataTypes.StringType);
        return hashed.select(lit(kind.key()).as(KIND), col(DOCUMENT_ID).as(ID),
                col(DOCUMENT_HASH).as(HASH), file.as(FILE));
    }

    /** Whether a rows table records the file of each row (tables written before it did not). */
    static boolean hasFiles(Dataset<Row> table) {
        return Arrays.asList(table.columns()).contains(FILE);
    }

    /** The rows of the table that are of one kind. */
    static Dataset<Row> ofKind(Dataset<Row> table, CaseKind kind) {
        return table.where(col(KIND).equalTo(kind.key()));
    }
}
