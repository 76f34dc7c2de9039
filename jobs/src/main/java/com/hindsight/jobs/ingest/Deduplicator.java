package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Keeps one record per key (the same post crawled twice): the one with the latest version
 * timestamp (crawled_at, updated_at, reviewed_at), then from the later file, then the later line.
 * The order is total, so a rerun keeps the same record.
 */
public final class Deduplicator {
    private static final String RANK = "_rank";
    private final SourceTable table;

    public Deduplicator(SourceTable table) {
        this.table = table;
    }

    public Dataset<Row> keepLatest(Dataset<Row> records) {
        return ranked(records).filter(col(RANK).equalTo(1)).drop(RANK);
    }

    /** Every record but the one {@link #keepLatest} keeps of its key: the superseded crawls. */
    public Dataset<Row> superseded(Dataset<Row> records) {
        return ranked(records).filter(col(RANK).gt(1)).drop(RANK);
    }

    private Dataset<Row> ranked(Dataset<Row> records) {
        List<Column> order = new ArrayList<>();
        table.versionField().ifPresent(v -> order.add(col(v).desc_nulls_last()));
        order.add(col(RawRecord.SOURCE_FILE).desc());
        order.add(col(RawRecord.LINE).desc());
        var window = Window.partitionBy(table.keyFields().stream().map(c -> col(c))
                .toArray(Column[]::new)).orderBy(order.toArray(Column[]::new));
        return records.withColumn(RANK, row_number().over(window));
    }
}
