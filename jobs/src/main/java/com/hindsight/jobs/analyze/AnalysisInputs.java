package com.hindsight.jobs.analyze;

import com.hindsight.jobs.playbook.PlaybookTimelines;
import com.hindsight.model.SourceTable;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse tables the analyze stage reads, as published by ingest. Tests build these from
 * tiny in-memory Datasets with the same columns. {@code injects} is null for an ingest run of a
 * version before drills.
 */
public record AnalysisInputs(Dataset<Row> posts, Dataset<Row> complaints, Dataset<Row> incidents,
                             Dataset<Row> actions, Dataset<Row> reviews, Dataset<Row> injects) {
    public AnalysisInputs {
        Objects.requireNonNull(posts, "posts is null");
        Objects.requireNonNull(complaints, "complaints is null");
        Objects.requireNonNull(incidents, "incidents is null");
        Objects.requireNonNull(actions, "actions is null");
        Objects.requireNonNull(reviews, "reviews is null");
    }

    /** Reads the tables of a published ingest run folder. */
    public static AnalysisInputs read(SparkSession spark, String ingestRunFolder) {
        return new AnalysisInputs(
                table(spark, ingestRunFolder, SourceTable.MEDIA),
                table(spark, ingestRunFolder, SourceTable.COMPLAINTS),
                table(spark, ingestRunFolder, SourceTable.INCIDENTS),
                table(spark, ingestRunFolder, SourceTable.ACTIONS),
                table(spark, ingestRunFolder, SourceTable.REVIEWS),
                PlaybookTimelines.injects(spark, ingestRunFolder));
    }

    private static Dataset<Row> table(SparkSession spark, String folder, SourceTable table) {
        return spark.read().parquet(folder + "/" + table.tableName());
    }
}
