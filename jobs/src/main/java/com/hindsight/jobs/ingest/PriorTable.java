package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.SourceTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table of the previous ingest run that this run builds on: where its records, its superseded
 * crawls and its quarantine are, and which of them still stand (those not from a dropped file).
 *
 * @param run          the previous published ingest run
 * @param table        the table
 * @param delta        what changed in the table's files since then
 * @param rulesChanged whether the register's linking rules differ from the previous run's
 */
record PriorTable(PublishedRun run, SourceTable table, ArchiveDelta delta, boolean rulesChanged) {
    /** Where an ingest run keeps the crawls of a table that a later crawl superseded. */
    static String supersededOf(SourceTable table) {
        return "_superseded/" + table.tableName();
    }

    String tableLocation() {
        return run.location(table.tableName());
    }

    String supersededLocation() {
        return run.location(supersededOf(table));
    }

    String quarantineLocation() {
        return run.location(Quarantine.TABLE) + "/table=" + table.tableName();
    }

    /**
     * Whether this run's table is the previous run's as it was: no file of the table to read, none
     * dropped, the same linking rules, and a previous table, superseded crawls and quarantine that
     * each have their files (their Parquet files are then carried over whole, unread).
     */
    boolean carriedWhole(SparkSession spark) {
        return delta.unchanged() && !rulesChanged
                && CarriedFiles.hasFiles(spark, tableLocation())
                && CarriedFiles.hasFiles(spark, supersededLocation())
                && CarriedFiles.hasFiles(spark, quarantineLocation());
    }

    /** The rows that still stand: not from a file that changed or left the archive. */
    Dataset<Row> carried(Dataset<Row> rows) {
        return rows.filter(not(fromDroppedFile()));
    }

    /** The rows from a file that changed or left the archive. */
    Dataset<Row> droppedRows(Dataset<Row> rows) {
        return rows.filter(fromDroppedFile());
    }

    /** True for a row from a file that changed or left the archive. */
    Column fromDroppedFile() {
        return delta.dropped().isEmpty() ? org.apache.spark.sql.functions.lit(false)
                : col(RawRecord.SOURCE_FILE).isin(delta.dropped().toArray());
    }
}
