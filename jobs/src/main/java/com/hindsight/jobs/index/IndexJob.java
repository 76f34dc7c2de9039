package com.hindsight.jobs.index;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * {@value PublishedIndex#LUCENE_FOLDER}/ folder with {@code index-summary.json} beside it, and published
 * by {@link StageLifecycle} like the other stages.
 *
 * <p>Lucene writes to a local file system, so the run is published in a local folder: the
 * warehouse when it is one, else an index folder of its own ({@code --index-dir}).
 */
public final class IndexJob {
    private static final Logger LOG = LoggerFactory.getLogger(IndexJob.class);

    private final SparkSession spark;
    private final int threads;
    private final Playbook playbook;

    /**
     * @param threads  indexing threads; the number of cores is the natural choice
     * @param playbook incidents are scored against it for {@code playbook_missed}, as analyze
     *                 scores them
     */
    public IndexJob(SparkSession spark, int threads, Playbook playbook) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.spark = spark;
        this.threads = threads;
        this.playbook = Objects.requireNonNull(playbook, "playbook is null");
    }

    public IndexJob(SparkSession spark, int threads) {
        this(spark, threads, PlaybookFile.defaultPlaybook());
    }

    public IndexJob(SparkSession spark, Playbook playbook) {
        this(spark, Runtime.getRuntime().availableProcessors(), playbook);
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
        return StageLifecycle.run(indexFolder, Stage.INDEX, keepRuns,
                run -> index(ingestRun, run).fromWarehouse(source));
    }

    private IndexSummary index(PublishedRun ingestRun, StagedRun run) {
        long start = System.nanoTime();
        IndexBuilder builder = null;
        try {
            Path indexFolder = run.localPath(PublishedIndex.LUCENE_FOLDER);
            builder = IndexBuilder.create(indexFolder);
            Map<String, Long> documents = new LinkedHashMap<>();
            try (ParallelIndexer indexer = new ParallelIndexer(builder, threads,
                    ParallelIndexer.DEFAULT_BATCH_SIZE)) {
                for (Source source : sources(ingestRun.location())) {
                    documents.put(source.kind().key(), index(indexer, source));
                }
            }
            builder.close();
            builder = null;
            double seconds = (System.nanoTime() - start) / 1e9;
            IndexSummary summary = new IndexSummary(ingestRun.runId(), documents, seconds,
                    sizeOf(indexFolder));
            LOG.info("stage=index documents={} seconds={} documents_per_second={} index_bytes={}",
                    summary.totalDocuments(), format(seconds), format(summary.documentsPerSecond()),
                    summary.indexBytes());
            return summary;
        } catch (Throwable e) {
            if (builder != null) {
                builder.discard();
            }
            throw e;
        }
    }

    private long index(ParallelIndexer indexer, Source source) {
        long start = System.nanoTime();
        long documents = indexer.index(source.rows().toLocalIterator(), source.toRecord());
        LOG.info("stage=index.{} docs={} seconds={}", source.kind().key(), documents,
                format((System.nanoTime() - start) / 1e9));
        return documents;
    }

    /** Small tables first, so a broken register fails the run before the posts are read. */
    private List<Source> sources(String ingestRun) {
        Dataset<Row> incidents = table(ingestRun, SourceTable.INCIDENTS);
        Dataset<Row> actions = table(ingestRun, SourceTable.ACTIONS);
        Map<String, List<String>> missed = missedSteps(incidents, actions,
                PlaybookTimelines.injects(spark, ingestRun), table(ingestRun, SourceTable.MEDIA));
        return List.of(
                new Source(CaseKind.INCIDENT, CaseRows.incidents(incidents, actions),
                        row -> CaseRows.incident(row, missed)),
                new Source(CaseKind.REVIEW, CaseRows.reviews(table(ingestRun, SourceTable.REVIEWS),
                        incidents), CaseRows::review),
                new Source(CaseKind.POST, CaseRows.posts(table(ingestRun, SourceTable.MEDIA),
                        incidents), CaseRows::post),
                new Source(CaseKind.COMPLAINT, CaseRows.complaints(table(ingestRun,
                        SourceTable.COMPLAINTS), incidents), CaseRows::complaint));
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

    private record Source(CaseKind kind, Dataset<Row> rows, Function<Row, CaseRecord> toRecord) {
    }
}
