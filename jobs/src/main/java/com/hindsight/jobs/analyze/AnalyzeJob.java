package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.metrics.Milestone;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.StagedRun;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.ReusedData;
import com.hindsight.jobs.analyze.complaints.ComplaintBacklog;
import com.hindsight.jobs.analyze.complaints.ComplaintSla;
import com.hindsight.jobs.analyze.complaints.ComplaintsVersusMedia;
import com.hindsight.jobs.analyze.portfolio.ResponseTrends;
import com.hindsight.jobs.analyze.portfolio.ReviewFindings;
import com.hindsight.jobs.analyze.portfolio.SeverityRanking;
import com.hindsight.jobs.analyze.response.AlertBacktest;
import com.hindsight.jobs.analyze.response.ResponseEffect;
import com.hindsight.jobs.analyze.response.ResponseTimes;
import com.hindsight.jobs.analyze.sentiment.SentimentScorer;
import com.hindsight.jobs.analyze.spread.CascadeSummary;
import com.hindsight.jobs.analyze.spread.Cascades;
import com.hindsight.jobs.analyze.spread.Coverage;
import com.hindsight.jobs.analyze.spread.HourlyVolume;
import com.hindsight.jobs.analyze.spread.KeySpreaders;
import com.hindsight.jobs.analyze.spread.SpreadSummary;
import com.hindsight.jobs.ingest.IngestSummary;
import com.hindsight.jobs.playbook.PlaybookTables;
import com.hindsight.jobs.playbook.PlaybookTimelines;
import com.hindsight.model.SourceTable;
import com.hindsight.playbook.DrillComparison;
import com.hindsight.playbook.IncidentTimeline;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.playbook.PlaybookJson;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.PlaybookScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyze stage: the published ingest run in, metrics tables and documents out.
 *
 * <p>Posts of incidents get a sentiment score (archive or model) → hourly volume → spread summary,
 * cascades, key spreaders → response times, effect of the first statement, early-warning
 * backtest → playbook scores (plain Java on the driver, {@code com.hindsight.playbook}) →
 * complaint SLA, backlog, complaints beside the media → portfolio (severity, trends,
 * recurring root causes, open review actions) → {@code metrics/<incident_id>.json} and
 * {@code metrics/portfolio.json}. Each table is written, then read back by the steps that need it,
 * so nothing is computed twice. The run is staged and published by {@link StageLifecycle}; the
 * documents follow {@link MetricsContract}.
 */
public final class AnalyzeJob {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeJob.class);

    private final SparkSession spark;
    private final AnalyzeOptions options;
    private final LocalDate asOf;
    private final Playbook playbook;

    /**
     * @param asOf     the day open review actions are judged against and the documents are dated
     *                 with: the day the run starts in the configured zone, or {@code --as-of} for
     *                 a backfill or a reproducible test (never read from the clock here)
     * @param playbook what every incident and drill is scored against
     */
    public AnalyzeJob(SparkSession spark, AnalyzeOptions options, LocalDate asOf,
                      Playbook playbook) {
        this.spark = spark;
        this.options = options;
        this.asOf = Objects.requireNonNull(asOf, "asOf is null");
        this.playbook = Objects.requireNonNull(playbook, "playbook is null");
    }

    /** Scores against the built-in playbook. */
    public AnalyzeJob(SparkSession spark, AnalyzeOptions options, LocalDate asOf) {
        this(spark, options, asOf, PlaybookFile.defaultPlaybook());
    }

    /** Recomputes only the incidents whose inputs changed since the current analyze run. */
    public Published<AnalyzeSummary> run(Warehouse warehouse, int keepRuns) {
        return run(warehouse, keepRuns, false);
    }

    /**
     * Analyzes the current ingest run into a new published analyze run. Unless {@code full}, an
     * incident whose inputs and settings are the same as in the current analyze run keeps its
     * per-incident rows from it ({@link AnalysisScope}); the result is the same as computing
     * everything.
     */
    public Published<AnalyzeSummary> run(Warehouse warehouse, int keepRuns, boolean full) {
        PublishedRun ingestRun = warehouse.requireCurrentRun(Stage.INGEST);
        AnalysisInputs inputs = AnalysisInputs.read(spark, ingestRun.location());
        Optional<PublishedRun> base = warehouse.currentRun(Stage.ANALYZE);
        return StageLifecycle.run(warehouse, Stage.ANALYZE, keepRuns,
                run -> analyze(warehouse, ingestRun, inputs, base, full, run));
    }

    private AnalyzeSummary analyze(Warehouse warehouse, PublishedRun ingestRun,
                                   AnalysisInputs inputs, Optional<PublishedRun> base,
                                   boolean full, StagedRun run) {
        Dataset<Row> posts = null;
        try {
            Tables tables = new Tables(run);
            SentimentScorer scorer = SentimentScorer.load(spark, warehouse.modelLocation());
            String settings = SettingsFingerprint.fingerprint(options, scorer.name(),
                    spark.conf().get("spark.sql.session.timeZone"));
            run.writeFile(AnalysisScope.SETTINGS_FILE, settings.getBytes(StandardCharsets.UTF_8));
            String complaintsInput = AnalysisScope.complaintsInput(ingestRun);
            run.writeFile(AnalysisScope.COMPLAINTS_INPUT_FILE,
                    complaintsInput.getBytes(StandardCharsets.UTF_8));
            AnalysisScope scope = AnalysisScope.decide(spark, base,
                    tables.write(AnalysisScope.INPUTS_TABLE, IncidentInputs.of(inputs)), settings,
                    complaintsInput, full);
            LOG.info("stage=analyze.scope base={} recomputed={} kept={} complaints_unchanged={}"
                            + " whole_reason={}", scope.baseRunId(),
                    scope.whole() ? "all" : scope.recomputed().size(), scope.kept(),
                    scope.complaintsUnchanged(), scope.wholeReason());
            posts = ReusedData.keep(scorer.withSentimentScore(
                    scope.restrict(inputs.posts().filter(col("incident_id").isNotNull()))));
            Dataset<Row> actions = scope.restrict(inputs.actions());
            IncidentTables perIncident = new IncidentTables(tables, scope);

            Dataset<Row> hourly = perIncident.write("hourly_volume", HourlyVolume.of(posts, options));
            Dataset<Row> spread = perIncident.write("spread_summary",
                    SpreadSummary.of(posts, perIncident.computed(hourly), options));
            Dataset<Row> cascades = perIncident.write("cascades", Cascades.of(posts));
            Dataset<Row> cascadeSummary = perIncident.write("cascade_summary",
                    CascadeSummary.of(perIncident.computed(cascades)));
            Dataset<Row> spreaders = perIncident.write("key_spreaders",
                    KeySpreaders.of(posts, options));
            Dataset<Row> coverageItems = perIncident.write("coverage_items",
                    Coverage.topItems(posts));
            Dataset<Row> coverageOutlets = perIncident.write("coverage_outlets",
                    Coverage.outlets(posts, options.negativeBelow()));

            Dataset<Row> responseTimes = perIncident.write("response_times",
                    ResponseTimes.of(actions, posts, perIncident.computed(spread), options));
            Dataset<Row> effect = perIncident.write("response_effect",
                    ResponseEffect.of(perIncident.computed(hourly),
                            perIncident.computed(responseTimes), options));
            Dataset<Row> backtest = perIncident.write("alert_backtest",
                    AlertBacktest.of(perIncident.computed(hourly), actions,
                            perIncident.computed(spread), options));
            Dataset<Row> firstPosts = perIncident.write("first_posts",
                    PlaybookTimelines.firstPosts(posts));

            List<IncidentTimeline> timelines = PlaybookTimelines.collectWithFirstPosts(
                    inputs.incidents(), inputs.actions(), inputs.injects(), firstPosts);
            List<PlaybookScore> scores = new PlaybookScorer(playbook).scoreAll(timelines);
            Dataset<Row> playbookScores = tables.write("playbook",
                    PlaybookTables.scores(spark, scores));
            List<DrillComparison.Row> comparison = DrillComparison.of(scores);
            Dataset<Row> drillsVersusReal = tables.write("playbook_drills_vs_real",
                    PlaybookTables.drillsVersusReal(spark, comparison));
            run.writeFile(MetricsContract.PLAYBOOK_TIMELINES_FILE, PlaybookJson.timelines(
                    timelines, ZoneId.of(spark.conf().get("spark.sql.session.timeZone"))));

            Dataset<Row> sla = tables.write("complaint_sla", scope.complaintsUnchanged()
                    ? scope.baseTable("complaint_sla")
                    : ComplaintSla.of(inputs.complaints(), options));
            Dataset<Row> backlog = tables.write("complaint_backlog", scope.complaintsUnchanged()
                    ? scope.baseTable("complaint_backlog")
                    : ComplaintBacklog.of(inputs.complaints()));
            ComplaintsVersusMedia versus = ComplaintsVersusMedia.of(inputs.complaints(), hourly, spread);
            Dataset<Row> versusHourly = tables.write("complaints_vs_media_hourly", versus.hourly());
            Dataset<Row> peaks = tables.write("complaint_media_peaks", versus.peaks());
            Dataset<Row> byCategory = tables.write("complaints_by_category",
                    new ComplaintsVersusMedia(versusHourly, peaks).byCategory(inputs.incidents()));

            // drills are rehearsals: they are scored against the playbook, not ranked or
            // trended with the real incidents
            Dataset<Row> realIncidents = PlaybookTimelines.realIncidents(inputs.incidents());
            Dataset<Row> severity = tables.write("severity_ranking",
                    SeverityRanking.of(realIncidents, spread, inputs.complaints()));
            Dataset<Row> trends = tables.write("response_trends",
                    ResponseTrends.of(realIncidents, responseTimes));
            Dataset<Row> rootCauses = tables.write("recurring_root_causes",
                    ReviewFindings.recurringRootCauses(inputs.reviews()));
            Dataset<Row> openActions = tables.write("open_review_actions",
                    ReviewFindings.openActions(inputs.reviews(), asOf));

            List<MetricsSection> sections = List.of(
                    MetricsSection.object("spread", spread),
                    MetricsSection.list("hourly", hourly.filter(col("channel").equalTo("all"))
                            .drop("channel"), "hour"),
                    MetricsSection.list("hourly_by_channel", hourly.filter(
                            col("channel").notEqual("all")), "hour", "channel"),
                    MetricsSection.object("cascades", cascadeSummary),
                    MetricsSection.list("key_spreaders", spreaders, "rank_downstream"),
                    MetricsSection.list("coverage_items", coverageItems, "published_at", "id"),
                    MetricsSection.list("coverage_outlets", coverageOutlets, "first_coverage_at",
                            "outlet"),
                    MetricsSection.list("response_times", responseTimes, "hours_from_first_mention",
                            "milestone"),
                    MetricsSection.object("response_effect", effect),
                    MetricsSection.list("early_warning", backtest, "rule"),
                    MetricsSection.list("complaint_sla", incidentScope(sla), "dimension", "value"),
                    MetricsSection.list("complaint_backlog", incidentScope(backlog), "day"),
                    MetricsSection.list("complaints_vs_media", versusHourly, "hour"),
                    MetricsSection.object("complaint_media_peaks", peaks),
                    MetricsSection.object("severity", severity),
                    MetricsSection.list("open_review_actions", openActions, "due", "title"),
                    MetricsSection.object("review", inputs.reviews()),
                    MetricsSection.object("playbook", playbookScores));
            MetricsContract.requireSections("an incident document",
                    MetricsContract.INCIDENT_SECTIONS,
                    sections.stream().map(MetricsSection::name).toList());
            int[] documents = {0};
            MetricsDocuments.write(inputs.incidents(), asOf, sections, (id, json) -> {
                run.writeFile(MetricsContract.FOLDER + "/" + MetricsContract.incidentFile(id), json);
                documents[0]++;
            });
            Map<String, Dataset<Row>> portfolio = new LinkedHashMap<>();
            portfolio.put("severity_ranking", severity.orderBy("rank"));
            portfolio.put("response_trends", trends);
            portfolio.put("recurring_root_causes", rootCauses);
            portfolio.put("open_review_actions", openActions);
            portfolio.put("complaints_by_category", byCategory);
            portfolio.put("complaint_sla", sla.filter(col("scope").equalTo("all"))
                    .orderBy("dimension", "value"));
            portfolio.put("response_targets", ResponseTargets.of(spark, options));
            portfolio.put("playbook_drills_vs_real", drillsVersusReal.orderBy("category", "step"));
            MetricsContract.requireSections("the portfolio document",
                    MetricsContract.PORTFOLIO_SECTIONS, List.copyOf(portfolio.keySet()));
            run.writeFile(MetricsContract.FOLDER + "/" + MetricsContract.PORTFOLIO_FILE,
                    MetricsDocuments.document(asOf, portfolio));

            // over every incident, computed or kept: the posts scored here may be a few of them
            Row tally = spread.agg(coalesce(sum("total_posts"), lit(0L)),
                    coalesce(sum("scored_by_" + SentimentScorer.FROM_MODEL), lit(0L))).first();
            long analysed = tally.getLong(0);
            long byModel = tally.getLong(1);
            long unlinked = unlinkedPosts(ingestRun);
            List<Map<String, Object>> figures = figures(inputs, severity, spread, responseTimes,
                    scores);
            LOG.info("stage=analyze incidents={} posts={} posts_unlinked={} scored_by_model={}"
                            + " documents={}", figures.size(), analysed, unlinked, byModel,
                    documents[0]);
            return new AnalyzeSummary(ingestRun.runId(), asOf, analysed, unlinked, byModel,
                    figures, playbook.name(), AnalyzeSummary.comparison(comparison),
                    new AnalyzeSummary.Scope(scope.baseRunId(), scope.wholeReason(),
                            scope.recomputed(), scope.kept(), scope.complaintsUnchanged()));
        } finally {
            if (posts != null) {
                posts.unpersist();
            }
        }
    }

    /** Posts linked to no incident, as ingest counted them: no second pass over the posts. */
    private static long unlinkedPosts(PublishedRun ingestRun) {
        try {
            return IngestSummary.unlinked(ingestRun.read(Stage.INGEST.summaryFile()),
                    SourceTable.MEDIA.tableName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the summary of " + ingestRun, e);
        }
    }

    private static Dataset<Row> incidentScope(Dataset<Row> table) {
        return table.filter(col("scope").equalTo("incident")).drop("scope");
    }

    /** The per-incident figures the command prints, in severity order. */
    private static List<Map<String, Object>> figures(AnalysisInputs inputs, Dataset<Row> severity,
                                                     Dataset<Row> spread,
                                                     Dataset<Row> responseTimes,
                                                     List<PlaybookScore> scores) {
        Map<String, PlaybookScore> scoreOf = new HashMap<>();
        scores.forEach(score -> scoreOf.put(score.incidentId(), score));
        Dataset<Row> statement = responseTimes.filter(col("milestone")
                        .equalTo(Milestone.FIRST_STATEMENT.key()))
                .select(col("incident_id"), col("hours_from_first_mention").as("statement_hours"));
        // drills are not ranked: they follow the ranked incidents, by id
        Dataset<Row> complaints = inputs.complaints().filter(col("incident_id").isNotNull())
                .groupBy("incident_id").agg(count(lit(1)).as("complaints"));
        List<Row> rows = inputs.incidents().select(col("id").as("incident_id"), col("category"))
                .join(severity.select("incident_id", "severity", "rank"), "incident_id", "left")
                .join(spread.select("incident_id", "total_posts", "peak_posts", "negative_share"),
                        "incident_id", "left")
                .join(complaints, "incident_id", "left")
                .join(statement, "incident_id", "left")
                .orderBy(col("rank").asc_nulls_last(), col("incident_id"))
                .select("incident_id", "category", "severity", "total_posts", "peak_posts",
                        "negative_share", "complaints", "statement_hours")
                .collectAsList();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> figure = new LinkedHashMap<>();
            for (String field : row.schema().fieldNames()) {
                figure.put(field, row.getAs(field));
            }
            figure.putAll(AnalyzeSummary.playbookFigures(scoreOf.get(row.<String>getAs(
                    "incident_id"))));
            figures.add(figure);
        }
        return figures;
    }

    /** Writes each table into the staged run and reads it back for the steps after it. */
    private final class Tables {
        private final StagedRun run;

        Tables(StagedRun run) {
            this.run = run;
        }

        Dataset<Row> write(String name, Dataset<Row> table) {
            String path = run.location(name);
            long start = System.nanoTime();
            table.write().mode(SaveMode.Overwrite).parquet(path);
            LOG.info("stage=analyze.{} seconds={}", name,
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            return spark.read().parquet(path);
        }
    }

    /**
     * Writes the per-incident tables: this run's rows of the incidents it computes, completed
     * with the kept incidents' rows from the base ({@link AnalysisScope#complete}). The steps
     * over all incidents read the completed table; the per-incident steps after it read
     * {@link #computed} (its rows of the computed incidents only).
     */
    private static final class IncidentTables {
        private final Tables tables;
        private final AnalysisScope scope;

        IncidentTables(Tables tables, AnalysisScope scope) {
            this.tables = tables;
            this.scope = scope;
        }

        Dataset<Row> write(String name, Dataset<Row> computed) {
            return tables.write(name, scope.complete(name, computed));
        }

        Dataset<Row> computed(Dataset<Row> completed) {
            return scope.restrict(completed);
        }
    }
}
