package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.StagedRun;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.ReusedData;
import com.hindsight.jobs.read.ArchiveFiles;
import com.hindsight.jobs.read.RawRecord;
import com.hindsight.jobs.read.RawRecords;
import com.hindsight.jobs.read.SourceFile;
import com.hindsight.model.SourceTable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: archive files in, validated warehouse tables out.
 *
 * <p>Per table: read raw records (one task per file) → validate → quarantine the rejected →
 * mask personal data → keep the latest of duplicates → link to incidents by query (posts and
 * complaints) → write Parquet. The register is ingested first because linking needs it. Everything
 * is written into a staged run and published atomically at the end, with ingest-summary.json.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** The posts' column whose sum over the posts linked by query is the reach linking recovered. */
    private static final String FOLLOWERS = "author_followers";
    private static final List<SourceTable> ORDER = List.of(SourceTable.INCIDENTS,
            SourceTable.ACTIONS, SourceTable.REVIEWS, SourceTable.MEDIA, SourceTable.COMPLAINTS);

    private final SparkSession spark;
    private final IngestOptions options;

    public IngestJob(SparkSession spark, IngestOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /**
     * Ingests the archive into a new published ingest run. The session must have been built by
     * {@link com.hindsight.jobs.SparkSessions} in the zone of {@link IngestOptions#timeZone()}:
     * timestamps without an offset are read in the session zone.
     */
    public Published<IngestSummary> run(String archiveUri, Warehouse warehouse) {
        requireSessionZone();
        ArchiveFiles archive = ArchiveFiles.list(archiveUri, spark.sparkContext().hadoopConfiguration());
        return StageLifecycle.run(warehouse, Stage.INGEST, options.keepRuns(), run -> {
            Map<String, TableCounts> counts = new LinkedHashMap<>();
            List<String> warnings = new ArrayList<>();
            IncidentLinker linker = null;
            for (SourceTable table : ORDER) {
                counts.put(table.tableName(), ingestTable(table, archive.filesOf(table), run, linker));
                if (table == SourceTable.INCIDENTS) {
                    IncidentRules rules = IncidentRules.from(
                            spark.read().parquet(run.location(table.tableName())), options);
                    warnings.addAll(rules.warnings());
                    linker = new IncidentLinker(spark, rules.rules());
                }
            }
            for (String folder : archive.missingFolders()) {
                warnings.add("archive has no " + folder + "/ folder");
            }
            return new IngestSummary(counts, archive.skipped(), archive.missingFolders(), warnings);
        });
    }

    private void requireSessionZone() {
        String session = spark.conf().get("spark.sql.session.timeZone");
        if (!ZoneId.of(session).normalized().equals(options.timeZone().normalized())) {
            throw new IllegalStateException("the Spark session reads times in " + session
                    + " but ingest was asked for " + options.timeZone()
                    + "; build the session with SparkSessions.create in that zone");
        }
    }

    private TableCounts ingestTable(SourceTable table, List<SourceFile> files, StagedRun run,
                                    IncidentLinker linker) {
        long start = System.nanoTime();
        Dataset<Row> validated = ReusedData.keep(new RecordValidator(table)
                .validate(RawRecords.read(spark, files, options.maxRecordBytes())));
        try {
            Dataset<Row> quarantine = Quarantine.of(validated, table);
            quarantine.write().mode(SaveMode.Overwrite)
                    .parquet(run.location(Quarantine.TABLE) + "/table=" + table.tableName());
            Map<String, Long> byReason = new LinkedHashMap<>();
            for (Row row : spark.read().parquet(run.location(Quarantine.TABLE)
                    + "/table=" + table.tableName()).groupBy(Quarantine.REASON).count()
                    .orderBy(Quarantine.REASON).collectAsList()) {
                byReason.put(row.getString(0), row.getLong(1));
            }
            long read = validated.count();
            long quarantined = byReason.values().stream().mapToLong(Long::longValue).sum();

            Dataset<Row> good = validated.filter(not(Quarantine.isRejected()))
                    .drop(RawRecord.RAW, RecordValidator.ERRORS);
            Dataset<Row> accepted = new Deduplicator(table)
                    .keepLatest(Masking.maskPersonalData(good, table));
            if (table.isAssignableToIncident()) {
                accepted = linker.link(accepted, table);
            }
            String path = run.location(table.tableName());
            accepted.write().mode(SaveMode.Overwrite).parquet(path);

            // one pass over the written table for all three counts
            Dataset<Row> written = spark.read().parquet(path);
            Column byQuery = col(IncidentLinker.LINK_COLUMN).equalTo(IncidentLinker.BY_QUERY);
            Column reach = Arrays.asList(written.columns()).contains(FOLLOWERS)
                    ? coalesce(sum(when(byQuery, col(FOLLOWERS))), lit(0L)) : lit(0L);
            Row tally = table.isAssignableToIncident()
                    ? written.agg(count(lit(1)), count_if(byQuery), count_if(col("incident_id").isNull()),
                            reach).first()
                    : written.agg(count(lit(1)), lit(0L), lit(0L), lit(0L)).first();
            long acceptedCount = tally.getLong(0);
            long linkedByQuery = tally.getLong(1);
            long unlinked = tally.getLong(2);
            long linkedReach = ((Number) tally.get(3)).longValue();
            TableCounts counts = new TableCounts(files.size(), read, acceptedCount, quarantined,
                    byReason, read - quarantined - acceptedCount, linkedByQuery, unlinked, linkedReach);
            LOG.info("stage=ingest.{} files={} read={} accepted={} quarantined={} duplicates={}"
                            + " linked_by_query={} linked_reach={} seconds={}", table.tableName(), files.size(), read,
                    acceptedCount, quarantined, counts.duplicates(), linkedByQuery, linkedReach,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            return counts;
        } finally {
            validated.unpersist();
        }
    }
}
