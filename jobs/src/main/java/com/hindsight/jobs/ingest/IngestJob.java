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
import com.hindsight.core.warehouse.PublishedRun;
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
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.jdk.javaapi.CollectionConverters;

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
            SourceTable.ACTIONS, SourceTable.INJECTS, SourceTable.REVIEWS, SourceTable.MEDIA,
            SourceTable.COMPLAINTS);

    private final SparkSession spark;
    private final IngestOptions options;
    private final long smallFileBytes;

    public IngestJob(SparkSession spark, IngestOptions options) {
        this(spark, options, CarriedFiles.SMALL_FILE_BYTES);
    }

    /**
     * @param smallFileBytes an incremental run rewrites the previous run's files smaller than
     *                       this (compaction) instead of carrying them over; tests lower it
     *                       to 0 to have every untouched file carried
     */
    public IngestJob(SparkSession spark, IngestOptions options, long smallFileBytes) {
        this.spark = spark;
        this.options = options;
        this.smallFileBytes = smallFileBytes;
    }

    /**
     * Ingests the archive into a new published ingest run, incrementally when the warehouse's
     * current ingest run can be its base (see {@link #run(String, Warehouse, boolean)}).
     */
    public Published<IngestSummary> run(String archiveUri, Warehouse warehouse) {
        return run(archiveUri, warehouse, false);
    }

    /**
     * Ingests the archive into a new published ingest run. The session must have been built by
     * {@link com.hindsight.jobs.SparkSessions} in the zone of {@link IngestOptions#timeZone()}:
     * timestamps without an offset are read in the session zone.
     *
     * <p>Unless {@code full}, the posts and complaints of files that are unchanged since the
     * current ingest run (same SHA-256, see {@link ArchiveManifest}) are carried over from it
     * unread: only new and changed files are read, a changed or removed file's earlier records
     * are dropped, and the keys they touch are deduplicated again over all their crawls. The
     * result is the same as reading the whole archive. The small tables (register, actions,
     * reviews) are always read whole.
     */
    public Published<IngestSummary> run(String archiveUri, Warehouse warehouse, boolean full) {
        requireSessionZone();
        var hadoopConf = spark.sparkContext().hadoopConfiguration();
        ArchiveFiles archive = ArchiveFiles.list(archiveUri, hadoopConf);
        Optional<PublishedRun> base = full ? Optional.empty()
                : warehouse.currentRun(Stage.INGEST);
        Optional<ArchiveManifest> previous = base.flatMap(IngestJob::manifestOf);
        ArchiveManifest manifest = ArchiveManifest.of(archive, IngestFingerprint.of(options),
                previous, hadoopConf);
        Optional<ArchiveManifest> usable = previous
                .filter(p -> p.fingerprint().equals(manifest.fingerprint()));
        return StageLifecycle.run(warehouse, Stage.INGEST, options.keepRuns(), run -> {
            Map<String, TableCounts> counts = new LinkedHashMap<>();
            Map<String, ArchiveDelta> deltas = new LinkedHashMap<>();
            List<String> warnings = new ArrayList<>();
            IncidentLinker linker = null;
            String rules = "";
            for (SourceTable table : ORDER) {
                List<SourceFile> files = archive.filesOf(table);
                Optional<PriorTable> prior = usable.isPresent() && table.isAssignableToIncident()
                        ? Optional.of(new PriorTable(base.get(), table,
                                ArchiveDelta.of(table, archive, manifest, usable.get()),
                                !usable.get().rules().equals(rules)))
                        : Optional.empty();
                ArchiveDelta delta = prior.map(PriorTable::delta)
                        .orElse(ArchiveDelta.everything(files));
                deltas.put(table.tableName(), delta);
                counts.put(table.tableName(), ingestTable(table, files.size(), delta, prior, run,
                        linker));
                if (table == SourceTable.INCIDENTS) {
                    IncidentRules incidentRules = IncidentRules.from(
                            spark.read().parquet(run.location(table.tableName())), options);
                    warnings.addAll(incidentRules.warnings());
                    linker = new IncidentLinker(spark, incidentRules.rules());
                    rules = IngestFingerprint.ofRules(incidentRules.rules());
                }
            }
            for (String folder : archive.missingFolders()) {
                warnings.add("archive has no " + folder + "/ folder");
            }
            run.writeFile(ArchiveManifest.FILE, manifest.withRules(rules).toJson());
            return new IngestSummary(counts, archive.skipped(), archive.missingFolders(), warnings,
                    new IngestSummary.Reading(usable.isPresent() ? base.get().runId() : null,
                            usable.isPresent() ? null : wholeReason(full, base, previous), deltas));
        });
    }

    private static String wholeReason(boolean full, Optional<PublishedRun> base,
                                      Optional<ArchiveManifest> previous) {
        if (full) {
            return "--full";
        }
        if (base.isEmpty()) {
            return "the first ingest run of this warehouse";
        }
        return previous.isEmpty() ? "the current ingest run has no archive manifest"
                : "settings or version changed since the current ingest run";
    }

    private static Optional<ArchiveManifest> manifestOf(PublishedRun run) {
        try {
            return ArchiveManifest.parse(run.read(ArchiveManifest.FILE));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void requireSessionZone() {
        String session = spark.conf().get("spark.sql.session.timeZone");
        if (!ZoneId.of(session).normalized().equals(options.timeZone().normalized())) {
            throw new IllegalStateException("the Spark session reads times in " + session
                    + " but ingest was asked for " + options.timeZone()
                    + "; build the session with SparkSessions.create in that zone");
        }
    }

    private TableCounts ingestTable(SourceTable table, int files, ArchiveDelta delta,
                                    Optional<PriorTable> prior, StagedRun run,
                                    IncidentLinker linker) {
        long start = System.nanoTime();
        String quarantinePath = run.location(Quarantine.TABLE) + "/table=" + table.tableName();
        String path = run.location(table.tableName());
        if (prior.isPresent() && prior.get().carriedWhole(spark)) {
            CarriedFiles.all(spark, prior.get().quarantineLocation()).addTo(quarantinePath);
            CarriedFiles.all(spark, prior.get().tableLocation()).addTo(path);
            String olderPath = run.location(PriorTable.supersededOf(table));
            CarriedFiles.all(spark, prior.get().supersededLocation()).addTo(olderPath);
            LOG.info("stage=ingest.{} unchanged: every file carried over from run {}",
                    table.tableName(), prior.get().run().runId());
            return counts(table, files, delta, quarantinePath, path,
                    spark.read().parquet(olderPath).count(), start);
        }
        Dataset<Row> validated = ReusedData.keep(new RecordValidator(table)
                .validate(RawRecords.read(spark, delta.read(), options.maxRecordBytes())));
        try {
            Dataset<Row> quarantine = Quarantine.of(validated, table);
            if (prior.isPresent()) {
                quarantine = quarantine.unionByName(prior.get().carried(
                        spark.read().parquet(prior.get().quarantineLocation())));
            }
            quarantine.write().mode(SaveMode.Overwrite).parquet(quarantinePath);
            Dataset<Row> fresh = Masking.maskPersonalData(validated.filter(not(Quarantine.isRejected()))
                    .drop(RawRecord.RAW, RecordValidator.ERRORS), table);
            long superseded = prior.isPresent()
                    ? mergeWithPrior(table, fresh, prior.get(), linker, path, run)
                    : writeWhole(table, fresh, validated.filter(not(Quarantine.isRejected()))
                            .count(), linker, path, run);
            return counts(table, files, delta, quarantinePath, path, superseded, start);
        } finally {
            validated.unpersist();
        }
    }

    /** The counts of a written table, its quarantine and its superseded crawls, logged. */
    private TableCounts counts(SourceTable table, int files, ArchiveDelta delta,
                               String quarantinePath, String path, long superseded, long start) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (Row row : spark.read().parquet(quarantinePath).groupBy(Quarantine.REASON).count()
                .orderBy(Quarantine.REASON).collectAsList()) {
            byReason.put(row.getString(0), row.getLong(1));
        }
        long quarantined = byReason.values().stream().mapToLong(Long::longValue).sum();

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
        long read = acceptedCount + superseded + quarantined;
        TableCounts counts = new TableCounts(files, read, acceptedCount, quarantined,
                byReason, superseded, linkedByQuery, unlinked, linkedReach);
        LOG.info("stage=ingest.{} files={} files_read={} files_reused={} read={} accepted={}"
                        + " quarantined={} duplicates={} linked_by_query={} linked_reach={} seconds={}",
                table.tableName(), files, delta.read().size(), delta.reused(), read,
                acceptedCount, quarantined, counts.duplicates(), linkedByQuery, linkedReach,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return counts;
    }

    /**
     * Writes the table from every record of the archive: the latest of each key, linked; for the
     * tables a later run merges into, the superseded crawls too. Returns how many were superseded.
     */
    private long writeWhole(SourceTable table, Dataset<Row> fresh, long freshCount,
                            IncidentLinker linker, String path, StagedRun run) {
        Deduplicator deduplicator = new Deduplicator(table);
        Dataset<Row> accepted = deduplicator.keepLatest(fresh);
        if (table.isAssignableToIncident()) {
            accepted = linker.link(accepted, table);
        }
        accepted.write().mode(SaveMode.Overwrite).parquet(path);
        long superseded = freshCount - spark.read().parquet(path).count();
        if (!table.isAssignableToIncident()) {
            return superseded;
        }
        Dataset<Row> older = superseded == 0 ? spark.createDataFrame(List.of(), fresh.schema())
                : deduplicator.superseded(fresh);
        older.write().mode(SaveMode.Overwrite).parquet(run.location(PriorTable.supersededOf(table)));
        return superseded;
    }

    /**
     * Merges this run's records into the previous run's table: the keys the new records or the
     * dropped files touch are deduplicated again over every crawl of them still in the archive and
     * linked; every other record of the previous table is carried over as it was (linked again
     * when the register's rules changed). A previous file that holds none of the touched keys
     * and no record of a dropped file is carried over unread ({@link CarriedFiles}). Returns how
     * many crawls are superseded in all.
     */
    private long mergeWithPrior(SourceTable table, Dataset<Row> fresh, PriorTable prior,
                                IncidentLinker linker, String path, StagedRun run) {
        Deduplicator deduplicator = new Deduplicator(table);
        Dataset<Row> previousPool = IncidentLinker.unlinked(spark.read()
                .parquet(prior.tableLocation())).unionByName(spark.read()
                .parquet(prior.supersededLocation()));
        Dataset<Row> touched = ReusedData.keep(fresh.select(keys(table))
                .union(prior.droppedRows(previousPool).select(keys(table))).distinct());
        try {
            // every row with a touched key or from a dropped file is in a rewritten file
            CarriedFiles tableFiles = prior.rulesChanged()
                    ? CarriedFiles.none(spark, prior.tableLocation())
                    : CarriedFiles.of(spark, prior.tableLocation(), touched,
                            prior.fromDroppedFile(), table.keyFields(), smallFileBytes);
            CarriedFiles olderFiles = CarriedFiles.of(spark, prior.supersededLocation(), touched,
                    prior.fromDroppedFile(), table.keyFields(), smallFileBytes);
            Dataset<Row> previousRows = tableFiles.rewrittenRows();
            Dataset<Row> olderRows = olderFiles.rewrittenRows();
            Dataset<Row> pool = join(prior.carried(IncidentLinker.unlinked(previousRows)
                    .unionByName(olderRows)), touched, table, "left_semi").unionByName(fresh);
            Dataset<Row> untouched = join(previousRows, touched, table, "left_anti");
            if (prior.rulesChanged()) {
                untouched = linker.link(IncidentLinker.unlinked(untouched), table);
            }
            long freshRows = fresh.count();
            write(untouched.unionByName(linker.link(deduplicator.keepLatest(pool), table)),
                    tableFiles, freshRows, path);
            String olderPath = run.location(PriorTable.supersededOf(table));
            write(join(prior.carried(olderRows), touched, table, "left_anti")
                    .unionByName(deduplicator.superseded(pool)), olderFiles, freshRows, olderPath);
            LOG.info("stage=ingest.{} files_carried={} files_rewritten={} superseded_files_carried={}"
                            + " superseded_files_rewritten={}", table.tableName(),
                    tableFiles.carriedCount(), tableFiles.rewrittenCount(),
                    olderFiles.carriedCount(), olderFiles.rewrittenCount());
            return spark.read().parquet(olderPath).count();
        } finally {
            touched.unpersist();
        }
    }

    /**
     * Writes a table's rewritten rows, then puts its carried files beside them. When files are
     * carried, the rewritten part is written as a few files of about {@link
     * CarriedFiles#ROWS_PER_FILE} rows (a night adds a file or two, not one per partition).
     */
    private static void write(Dataset<Row> rows, CarriedFiles files, long freshRows, String path) {
        Dataset<Row> written = files.carriedCount() == 0 ? rows
                : rows.repartition(files.filesFor(freshRows));
        written.write().mode(SaveMode.Overwrite).parquet(path);
        files.addTo(path);
    }

    private static Column[] keys(SourceTable table) {
        return table.keyFields().stream().map(functions::col).toArray(Column[]::new);
    }

    private static Dataset<Row> join(Dataset<Row> rows, Dataset<Row> keys, SourceTable table,
                                     String how) {
        // a join on named columns puts them first; keep the table's own column order
        return rows.join(keys, CollectionConverters.asScala(table.keyFields()).toSeq(), how)
                .select(Arrays.stream(rows.columns()).map(functions::col).toArray(Column[]::new));
    }
}
