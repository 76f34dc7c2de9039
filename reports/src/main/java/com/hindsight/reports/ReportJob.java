package com.hindsight.reports;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.ReportLayout;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.StagedRun;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.reports.ReportSummary.IncidentTiming;
import com.hindsight.reports.ReportSummary.SkippedDocument;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsDocumentException;
import com.hindsight.reports.metrics.PortfolioMetrics;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report stage: reads the metrics documents of the current analyze run, writes one workbook
 * per incident, the portfolio workbook, every chart as a PNG (in the language's folder,
 * {@link ReportLayout}) and {@code report-summary.json} into a staged run, published by
 * {@link StageLifecycle}. No Spark, no Hadoop.
 *
 * <p>Runs do not displace each other: what this run does not rewrite (the other language's
 * workbooks; with {@code --incident}, the other incidents') is copied from the current run into
 * the new one ({@link PreviousReport}), so "the current report" stays one atomic thing, the run
 * {@code report/CURRENT} names, and holds every current workbook. Each workbook's cover shows
 * the analyze run and as-of date it came from; {@code report-summary.json} lists them.
 *
 * <p>A document that cannot be read or lacks a key is skipped with its file and reason (in the
 * log and the summary); the others are still written.
 */
public final class ReportJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

    private final ReportOptions options;

    public ReportJob(ReportOptions options) {
        this.options = options;
    }

    /**
     * Writes and publishes a report run.
     *
     * @throws UserErrorException when the warehouse has no analyze run ("run `hindsight analyze`
     *                            first") or an incident asked for has no metrics document
     */
    public Published<ReportSummary> run(Warehouse warehouse, int keepRuns) {
        long start = System.nanoTime();
        MetricsFolder metrics = new MetricsFolder(warehouse.requireCurrentRun(Stage.ANALYZE));
        List<String> incidentFiles = selectedFiles(metrics);
        Language language = options.language();
        PreviousReport previous = PreviousReport.of(warehouse.currentRun(Stage.REPORT));
        ReportWriter writer = new ReportWriter(options.language(),
                com.hindsight.reports.charts.ChartFont.installed(), metrics.runId(),
                options.period());
        return StageLifecycle.run(warehouse, Stage.REPORT, keepRuns, run -> {
            List<String> workbooks = new ArrayList<>();
            List<CurrentWorkbook> current = new ArrayList<>();
            List<IncidentTiming> timings = new ArrayList<>();
            List<SkippedDocument> skipped = new ArrayList<>();
            int charts = 0;
            for (String file : incidentFiles) {
                long began = System.nanoTime();
                try {
                    IncidentMetrics incident = IncidentMetrics.read(metrics.name(file),
                            metrics.read(file));
                    requireIdOfFile(incident, file);
                    String workbook = ReportLayout.incidentWorkbook(language.code(), incident.incidentId());
                    charts += write(run, workbook,
                            ReportLayout.chartFolder(language.code(), incident.incidentId()),
                            out -> writer.incident(incident, out));
                    double seconds = secondsSince(began);
                    workbooks.add(workbook);
                    current.add(new CurrentWorkbook(workbook, language, incident.incidentId(),
                            metrics.runId(), true));
                    timings.add(new IncidentTiming(incident.incidentId(), workbook, seconds));
                    LOG.info("stage=report.incident incident={} seconds={}", incident.incidentId(),
                            format(seconds));
                } catch (MetricsDocumentException e) {
                    skip(skipped, e);
                }
            }
            long began = System.nanoTime();
            try {
                PortfolioMetrics portfolio = PortfolioMetrics.read(
                        metrics.name(MetricsContract.PORTFOLIO_FILE),
                        metrics.read(MetricsContract.PORTFOLIO_FILE));
                String workbook = ReportLayout.portfolioWorkbook(language.code());
                charts += write(run, workbook, ReportLayout.chartFolder(language.code(), null),
                        out -> writer.portfolio(portfolio, out));
                workbooks.add(workbook);
                current.add(new CurrentWorkbook(workbook, language, null, metrics.runId(), true));
                LOG.info("stage=report.portfolio seconds={}", format(secondsSince(began)));
            } catch (MetricsDocumentException e) {
                skip(skipped, e);
            }
            // what this run does not rewrite stays current: the other language, other incidents
            java.util.Set<String> incidents = new java.util.HashSet<>();
            metrics.incidentFiles().forEach(f -> incidents.add(MetricsContract.incidentIdOf(f)));
            java.util.Set<String> written = new java.util.HashSet<>(workbooks);
            List<CurrentWorkbook> carried = previous.carryInto(run, w -> w.language() == language
                    && (w.incidentId() == null || written.contains(w.workbook())
                    || options.incidents().isEmpty()), incidents);
            current.addAll(carried);
            current.sort(java.util.Comparator.comparing(CurrentWorkbook::workbook));
            ReportSummary summary = new ReportSummary(metrics.runId(), language,
                    workbooks, charts, timings, skipped, current, secondsSince(start));
            LOG.info("stage=report workbooks={} carried_over={} charts={} skipped={} seconds={}",
                    workbooks.size(), carried.size(), charts, skipped.size(),
                    format(summary.totalSeconds()));
            return summary;
        });
    }

    /** The incident documents to report on; an unknown incident asked for is a usage error. */
    private List<String> selectedFiles(MetricsFolder metrics) {
        List<String> files = metrics.incidentFiles();
        List<String> selected = new ArrayList<>();
        for (String file : files) {
            if (options.includes(MetricsContract.incidentIdOf(file))) {
                selected.add(file);
            }
        }
        for (String wanted : options.incidents()) {
            if (!files.contains(MetricsContract.incidentFile(wanted))) {
                throw new UserErrorException("incident " + wanted + " has no metrics document"
                        + " in analyze run " + metrics.runId() + " (known: "
                        + String.join(", ", files.stream().map(MetricsContract::incidentIdOf)
                        .toList()) + ")");
            }
        }
        return selected;
    }

    /** The workbook is named by the id, --incident selects by file name: they must agree. */
    private static void requireIdOfFile(IncidentMetrics incident, String file) {
        String expected = MetricsContract.incidentIdOf(file);
        if (!incident.incidentId().equals(expected)) {
            throw new MetricsDocumentException(incident.file(), "key \"incident.id\" is \""
                    + incident.incidentId() + "\", expected \"" + expected + "\" (the file's name)");
        }
    }

    /** Writes a workbook (built in memory, so a failure leaves no partial file) and its charts. */
    private static int write(StagedRun run, String workbook, String chartFolder,
                             Function<ByteArrayOutputStream, List<ChartImage>> build) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<ChartImage> charts = build.apply(bytes);
        run.writeFile(workbook, bytes.toByteArray());
        for (ChartImage chart : charts) {
            run.writeFile(chartFolder + "/" + chart.name() + ".png", chart.png());
        }
        return charts.size();
    }

    private static void skip(List<SkippedDocument> skipped, MetricsDocumentException e) {
        skipped.add(new SkippedDocument(e.file(), e.getMessage()));
        LOG.warn("stage=report.skipped {}", e.getMessage());
    }

    private static double secondsSince(long nanos) {
        return Math.round((System.nanoTime() - nanos) / 1e6) / 1000.0;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
