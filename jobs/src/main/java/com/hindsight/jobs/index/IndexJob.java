package com.hindsight.jobs.index;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.StagedRun;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.playbook.PlaybookTimelines;
import com.hindsight.model.SourceTable;
import com.hindsight.playbook.IncidentTimeline;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.PlaybookScorer;
import com.hindsight.playbook.StepStatus;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseRecord;
import com.hindsight.search.cases.IndexBuilder;
import com.hindsight.search.cases.PublishedIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index stage: the published ingest run in, one Lucene case index out, for {@code hindsight
 * search}.
 *
 * <p>Per kind (incidents with their timeline, reviews, posts, complaints): select the columns the
 * index needs → stream the rows to the driver with {@link Dataset#toLocalIterator()}, one
 * partition at a time, never collecting a table → records → analysed and written by one thread
 * per core ({@link ParallelIndexer}). The index is written into the staged run's
 * {@value PublishedIndex#LUCENE_FOLDER}/ folder with {@code index-summary.json} and the
 * {@link IndexedRows} table ({@code rows/}: kind, id and content hash of every document) beside
 * it, and published by {@link StageLifecycle} like the other stages.
 *
 * <p>By default the current published index run is updated in place ({@link IndexBase} says when
 * it can be): its Lucene files are linked into the staged folder, and only the rows whose
 * (id, hash) it does not hold are analysed and put in place of their old document; documents
 * whose row is gone are deleted. Posts and complaints of an ingest file the previous run indexed
 * (carried over unchanged by an incremental ingest) are not read or hashed again at all
 * ({@code KindUpdate}). The published run itself is never written to, so a kill at any
 * moment leaves it current and intact. {@link #full} rebuilds from nothing.
 *
 * <p>Lucene writes to a local file system, so the run is published in a local folder: the
 * warehouse when it is one, else an index folder of its own ({@code --index-dir}).
 */
public final class IndexJob {
    private static final Logger LOG = LoggerFactory.getLogger(IndexJob.class);
    private static final String PREVIOUS_ID = "_previous_id";
    private static final String PREVIOUS_HASH = "_previous_hash";
    /** The incidents' attributes posts and complaints carry ({@link CaseRows#incidentAttributes}). */
    static final String ATTRIBUTES_FILE = "incident-attributes.txt";

    private final SparkSession spark;
    private final int threads;
    private final Playbook playbook;
    private final boolean full;

    /**
     * @param threads  indexing threads; the number of cores is the natural choice
     * @param playbook incidents are scored against it for {@code playbook_missed}, as analyze
     *                 scores them
     */
    public IndexJob(SparkSession spark, int threads, Playbook playbook) {
        this(spark, threads, playbook, false);
    }

    public IndexJob(SparkSession spark, int threads) {
        this(spark, threads, PlaybookFile.defaultPlaybook());
    }

    public IndexJob(SparkSession spark, Playbook playbook) {
        this(spark, Runtime.getRuntime().availableProcessors(), playbook);
    }

    private IndexJob(SparkSession spark, int threads, Playbook playbook, boolean full) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.spark = spark;
        this.threads = threads;
        this.playbook = Objects.requireNonNull(playbook, "playbook is null");
        this.full = full;
    }

    /**
     * This job, rebuilding the index from nothing when {@code full} instead of updating the
     * current index run in place ({@code --full}).
     */
    public IndexJob full(boolean full) {
        return new IndexJob(spark, threads, playbook, full);
    }

    /** Indexes a local warehouse's published ingest run into the warehouse itself. */
    public Published<IndexSummary> run(Warehouse warehouse, int keepRuns) {
        return run(warehouse, warehouse, keepRuns);
    }

    /**
     * Indexes the warehouse's published ingest run, read through Spark wherever the warehouse is,
     * and publishes the index run in {@code indexFolder}: the warehouse itself when it is local,
     * else a local {@link Warehouse#indexFolder}. The summary names the warehouse it came from.
     */
    public Published<IndexSummary> run(Warehouse warehouse, Warehouse indexFolder, int keepRuns) {
        indexFolder.requireLocal(PublishedIndex.NEEDS_LOCAL);
        PublishedRun ingestRun = warehouse.requireCurrentRun(Stage.INGEST);
        String source = warehouse.root();
        IndexBase base = IndexBase.of(indexFolder, full);
        return StageLifecycle.run(indexFolder, Stage.INDEX, keepRuns,
                run -> index(ingestRun, base, run).fromWarehouse(source));
    }

    private IndexSummary index(PublishedRun ingestRun, IndexBase base, StagedRun run) {
        long start = System.nanoTime();
        Dataset<Row> incidents = table(ingestRun.location(), SourceTable.INCIDENTS);
        List<Source> sources = sources(ingestRun.location(), incidents);
        String attributes = CaseRows.incidentAttributes(incidents);
        run.writeFile(ATTRIBUTES_FILE, attributes.getBytes(StandardCharsets.UTF_8));
        Path indexFolder = run.localPath(PublishedIndex.LUCENE_FOLDER);
        IndexBuilder builder = null;
        try {
            Map<String, Long> documents = new LinkedHashMap<>();
            IndexChanges changes;
            if (base.updates()) {
                PublishedRun previous = base.previous().get();
                Dataset<Row> previousRows = spark.read().parquet(
                        previous.location(IndexedRows.FOLDER));
                boolean byFile = IndexedRows.hasFiles(previousRows)
                        && previous.readText(ATTRIBUTES_FILE)
                        .filter(attributes::equals).isPresent();
                List<KindUpdate> kinds = sources.stream()
                        .map(source -> KindUpdate.of(source, previousRows, byFile))
                        .toList();
                Dataset<Row> rows = writeRows(kinds.stream().map(KindUpdate::rows).toList(), run);
                int copied = LuceneFolders.linkOrCopy(
                        previous.localPath(PublishedIndex.LUCENE_FOLDER), indexFolder);
                LOG.info("stage=index.base run={} files_copied_not_linked={}", previous.runId(),
                        copied);
                builder = IndexBuilder.append(indexFolder);
                sources.forEach(source -> documents.put(source.kind().key(), 0L));
                Column compared = kinds.stream().map(KindUpdate::compared)
                        .reduce(Column::or).orElseThrow();
                long unread = 0;
                for (Row count : rows.groupBy(IndexedRows.KIND).agg(count(lit(1)),
                        count_if(compared)).collectAsList()) {
                    documents.put(count.getString(0), count.getLong(1));
                    unread += count.getLong(1) - count.getLong(2);
                }
                changes = update(builder, kinds, rows, previousRows, previous.runId(), documents,
                        unread);
            } else {
                writeRows(sources.stream().map(source -> IndexedRows.of(source.hashed(),
                        source.kind())).toList(), run);
                builder = IndexBuilder.create(indexFolder);
                try (ParallelIndexer indexer = new ParallelIndexer(builder, threads,
                        ParallelIndexer.DEFAULT_BATCH_SIZE)) {
                    for (Source source : sources) {
                        documents.put(source.kind().key(), index(indexer, source.kind(),
                                source.rows(), source.toRecord()));
                    }
                }
                changes = IndexChanges.rebuild(base.rebuildReason(),
                        documents.values().stream().mapToLong(Long::longValue).sum());
            }
            builder.close();
            builder = null;
            double seconds = (System.nanoTime() - start) / 1e9;
            IndexSummary summary = new IndexSummary(ingestRun.runId(), documents, changes, seconds,
                    sizeOf(indexFolder));
            LOG.info("stage=index mode={} documents={} added={} replaced={} deleted={} kept={}"
                            + " seconds={} index_bytes={}", changes.mode(), summary.totalDocuments(),
                    changes.added(), changes.replaced(), changes.deleted(), changes.kept(),
                    format(seconds), summary.indexBytes());
            return summary;
        } catch (Throwable e) {
            if (builder != null) {
                builder.discard();
            }
            throw e;
        }
    }

    /**
     * Writes this run's {@link IndexedRows} table (every row's kind, id and content hash) and
     * returns it as written, for {@link #update} and the next run to compare against.
     */
    private Dataset<Row> writeRows(List<Dataset<Row>> kinds, StagedRun run) {
        long start = System.nanoTime();
        Dataset<Row> rows = null;
        for (Dataset<Row> kind : kinds) {
            rows = rows == null ? kind : rows.unionByName(kind);
        }
        Objects.requireNonNull(rows, "no kinds to index").write()
                .parquet(run.location(IndexedRows.FOLDER));
        LOG.info("stage=index.rows seconds={}", format((System.nanoTime() - start) / 1e9));
        return spark.read().parquet(run.location(IndexedRows.FOLDER));
    }

    /**
     * Updates the index in place against the previous run's rows. One pass over the rows of the
     * two runs that can differ ({@link KindUpdate}; small: a few columns) finds every document
     * that is new (added), changed (replaced) or gone (deleted at once); then only the kinds with
     * new or changed rows are read again, and only those rows, whose (id, hash) the previous run
     * does not hold, are analysed and put in place of their old document. The other documents
     * stay untouched (kept).
     *
     * @param current   this run's rows table, as written
     * @param documents documents per kind after the update, from the current rows table
     * @param unread    rows of the current table taken from the previous one unread
     */
    private IndexChanges update(IndexBuilder builder, List<KindUpdate> kinds, Dataset<Row> current,
                                Dataset<Row> previous, String previousRunId,
                                Map<String, Long> documents, long unread) {
        Dataset<Row> comparedNow = null;
        Dataset<Row> comparedBefore = null;
        for (KindUpdate kind : kinds) {
            Dataset<Row> now = current.where(kind.compared());
            Dataset<Row> before = previous.where(kind.compared());
            comparedNow = comparedNow == null ? now : comparedNow.unionByName(now);
            comparedBefore = comparedBefore == null ? before : comparedBefore.unionByName(before);
        }
        RowChanges changes = compare(builder, comparedNow, comparedBefore);
        for (KindUpdate update : kinds) {
            Source source = update.source();
            String kind = source.kind().key();
            long expected = changes.added(kind) + changes.replaced(kind);
            if (expected == 0) {
                LOG.info("stage=index.{} unchanged", kind);
                continue;
            }
            Dataset<Row> known = previous.where(update.compared())
                    .select(col(IndexedRows.ID).as(PREVIOUS_ID), col(IndexedRows.HASH).as(PREVIOUS_HASH));
            Dataset<Row> hashed = update.hashedSource();
            Dataset<Row> changed = hashed.join(known,
                    hashed.col(IndexedRows.DOCUMENT_ID).equalTo(known.col(PREVIOUS_ID))
                            .and(hashed.col(IndexedRows.DOCUMENT_HASH).equalTo(known.col(PREVIOUS_HASH))),
                    "left_anti");
            long written;
            try (ParallelIndexer indexer = ParallelIndexer.replacing(builder, threads,
                    ParallelIndexer.DEFAULT_BATCH_SIZE)) {
                written = index(indexer, source.kind(), changed, source.toRecord());
            }
            if (written != expected) {
                // the rows were hashed twice and differ: the input changed under the run
                throw new IllegalStateException("the " + kind + " rows changed while being indexed: "
                        + expected + " new or changed by the rows table, " + written + " read again");
            }
        }
        long total = documents.values().stream().mapToLong(Long::longValue).sum();
        return IndexChanges.update(previousRunId, changes.added(), changes.replaced(),
                changes.deleted(), total - changes.added() - changes.replaced(), unread);
    }

    /**
     * Compares the rows tables of this run and the previous one, deleting the documents whose
     * row is gone as they stream by, and counting per kind the rows added and replaced.
     */
    private static RowChanges compare(IndexBuilder builder, Dataset<Row> current, Dataset<Row> previous) {
        Column sameDocument = current.col(IndexedRows.KIND).equalTo(previous.col(IndexedRows.KIND))
                .and(current.col(IndexedRows.ID).equalTo(previous.col(IndexedRows.ID)));
        Column change = when(previous.col(IndexedRows.ID).isNull(), lit(RowChanges.ADDED))
                .when(current.col(IndexedRows.ID).isNull(), lit(RowChanges.DELETED))
                .when(current.col(IndexedRows.HASH).notEqual(previous.col(IndexedRows.HASH)),
                        lit(RowChanges.REPLACED));
        Iterator<Row> rows = current.join(previous, sameDocument, "full_outer")
                .select(coalesce(current.col(IndexedRows.KIND), previous.col(IndexedRows.KIND)),
                        coalesce(current.col(IndexedRows.ID), previous.col(IndexedRows.ID)),
                        change.as("change"))
                .where(col("change").isNotNull())
                .toLocalIterator();
        RowChanges changes = new RowChanges();
        while (rows.hasNext()) {
            Row row = rows.next();
            String kind = row.getString(0);
            if (row.getString(2).equals(RowChanges.DELETED)) {
                builder.delete(CaseKind.of(kind), row.getString(1));
            }
            changes.count(kind, row.getString(2));
        }
        LOG.info("stage=index.compare added={} replaced={} deleted={}", changes.added(),
                changes.replaced(), changes.deleted());
        return changes;
    }

    private long index(ParallelIndexer indexer, CaseKind kind, Dataset<Row> rows,
                       Function<Row, CaseRecord> toRecord) {
        long start = System.nanoTime();
        long documents = indexer.index(rows.toLocalIterator(), toRecord);
        LOG.info("stage=index.{} docs={} seconds={}", kind.key(), documents,
                format((System.nanoTime() - start) / 1e9));
        return documents;
    }

    /** Small tables first, so a broken register fails the run before the posts are read. */
    private List<Source> sources(String ingestRun, Dataset<Row> incidents) {
        Dataset<Row> actions = table(ingestRun, SourceTable.ACTIONS);
        Map<String, List<String>> missed = missedSteps(incidents, actions,
                PlaybookTimelines.injects(spark, ingestRun), table(ingestRun, SourceTable.MEDIA));
        return List.of(
                new Source(CaseKind.INCIDENT, CaseRows.incidents(incidents, actions, missed), "id",
                        CaseRows::incident, null),
                new Source(CaseKind.REVIEW, CaseRows.reviews(table(ingestRun, SourceTable.REVIEWS),
                        incidents), "incident_id", CaseRows::review, null),
                byFile(CaseKind.POST, ingestRun, SourceTable.MEDIA,
                        posts -> CaseRows.posts(posts, incidents), CaseRows::post),
                byFile(CaseKind.COMPLAINT, ingestRun, SourceTable.COMPLAINTS,
                        complaints -> CaseRows.complaints(complaints, incidents),
                        CaseRows::complaint));
    }

    /** A kind made from a table of the ingest run, its rows naming the file they came from. */
    private Source byFile(CaseKind kind, String ingestRun, SourceTable table,
                          Function<Dataset<Row>, Dataset<Row>> shape,
                          Function<Row, CaseRecord> toRecord) {
        SourceFiles files = new SourceFiles(spark, ingestRun + "/" + table.tableName(), shape);
        return new Source(kind, files.rows(), "id", toRecord, files);
    }

    /** Per incident, the required playbook steps never done: the same scores analyze writes. */
    private Map<String, List<String>> missedSteps(Dataset<Row> incidents, Dataset<Row> actions,
                                                  Dataset<Row> injects, Dataset<Row> posts) {
        PlaybookScorer scorer = new PlaybookScorer(playbook);
        Map<String, List<String>> missed = new HashMap<>();
        for (IncidentTimeline timeline : PlaybookTimelines.collect(incidents, actions, injects,
                posts)) {
            missed.put(timeline.incidentId(), scorer.score(timeline).steps().stream()
                    .filter(step -> step.status() == StepStatus.MISSED)
                    .map(PlaybookScore.Step::action).toList());
        }
        return missed;
    }

    private Dataset<Row> table(String ingestRun, SourceTable table) {
        return spark.read().parquet(ingestRun + "/" + table.tableName());
    }

    private static long sizeOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * One kind's rows as the index reads them.
     *
     * @param idColumn the column holding the document id
     */
    private record Source(CaseKind kind, Dataset<Row> rows, String idColumn,
                          Function<Row, CaseRecord> toRecord, SourceFiles files) {
        /** The rows with their document id and content hash ({@link IndexedRows}). */
        Dataset<Row> hashed() {
            return IndexedRows.withHash(rows, kind, idColumn);
        }

        /** The rows of some of the table's files only, hashed; only when {@link #files} is set. */
        Dataset<Row> hashed(List<String> fileNames) {
            return IndexedRows.withHash(files.rows(fileNames), kind, idColumn);
        }
    }
    /**
     * One kind's part of an index update: this run's rows of the kind for the rows table, and
     * which rows of this run and the previous one can differ ({@link #compared}).
     *
     * <p>For posts and complaints, when the previous rows table names each row's file and the
     * incidents' attributes are the same ({@link CaseRows#incidentAttributes}), a file both runs
     * hold (an incremental ingest carried it over unchanged, under its name) gives the same rows:
     * they are taken from the previous table unread, and only the rows of the other files are
     * hashed and compared (the new files' against the rows of the previous run's files that are
     * gone). Otherwise every row of the kind is hashed and compared.
     *
     * @param freshFiles the files whose rows are hashed; null when all rows are
     */
    private record KindUpdate(Source source, Dataset<Row> rows, Column compared,
                              List<String> freshFiles) {
        static KindUpdate of(Source source, Dataset<Row> previousRows, boolean byFile) {
            CaseKind kind = source.kind();
            Column ofKind = col(IndexedRows.KIND).equalTo(kind.key());
            if (!byFile || source.files() == null) {
                return new KindUpdate(source, IndexedRows.of(source.hashed(), kind), ofKind, null);
            }
            Set<String> before = new HashSet<>();
            for (Row row : IndexedRows.ofKind(previousRows, kind).select(IndexedRows.FILE)
                    .distinct().collectAsList()) {
                before.add(row.getString(0));
            }
            List<String> reused = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            for (String name : source.files().names()) {
                (before.contains(name) ? reused : fresh).add(name);
            }
            Column inReused = reused.isEmpty() ? lit(false)
                    : coalesce(col(IndexedRows.FILE).isin(reused.toArray()), lit(false));
            LOG.info("stage=index.{} files_reused={} files_read={}", kind.key(), reused.size(),
                    fresh.size());
            Dataset<Row> rows = IndexedRows.ofKind(previousRows, kind).where(inReused)
                    .unionByName(IndexedRows.of(source.hashed(fresh), kind));
            return new KindUpdate(source, rows, ofKind.and(not(inReused)), fresh);
        }

        /** The source rows that may differ from the previous run's, hashed. */
        Dataset<Row> hashedSource() {
            return freshFiles == null ? source.hashed() : source.hashed(freshFiles);
        }
    }
}
