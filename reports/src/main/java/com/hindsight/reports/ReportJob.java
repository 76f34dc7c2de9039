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
import com.hindsight.reports.charts.ChartFont;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsDocumentException;
import com.hindsight.reports.metrics.PortfolioMetrics;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report stage: reads the metrics documents of the current analyze run, writes one workbook
 * per incident, the portfolio workbook, every chart as a PNG (in the language's folder,
 * {@link ReportLayout}) and {@code report-summary.json} into a staged run, published by
 * {@link StageLifecycle}. No Spark, no Hadoop.
 *
 * <p>Only what changed is rewritten: an incident workbook whose {@link WorkbookFingerprint}
 * (document, settings, format version, chart font) equals that of the same workbook in the
 * current report run is carried over unchanged, with its charts; {@code --full}
 * ({@link ReportOptions#full()}) rewrites them all. The portfolio workbook is always rewritten.
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
    private final int formatVersion;

    public ReportJob(ReportOptions options) {
        this(options, ReportFormat.VERSION);
    }

    /** @param formatVersion the workbook code's {@link ReportFormat}: another in tests only */
    ReportJob(ReportOptions options, int formatVersion) {
        this.options = options;
        this.formatVersion = formatVersion;
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
        PreviousReport previous = PreviousReport.of(warehouse.currentRun(Stage.REPORT),
                warehouse.isLocal());
        ChartFont font = ChartFont.installed();
        ReportWriter writer = new ReportWriter(options.language(), font, metrics.runId(),
                options.period());
        WorkbookFingerprint fingerprints = new WorkbookFingerprint(formatVersion,
                options.language(), options.period(), font);
        return StageLifecycle.run(warehouse, Stage.REPORT, keepRuns, run -> new Pass(run, metrics,
                previous, writer, fingerprints).report(incidentFiles, start));
    }

    /** One report run's work and what it has done so far. */
    private final class Pass {
        private final StagedRun run;
        private final MetricsFolder metrics;
        private final PreviousReport previous;
        private final ReportWriter writer;
        private final WorkbookFingerprint fingerprints;
        private final Language language = options.language();
        private final List<String> written = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<CurrentWorkbook> current = new ArrayList<>();
        private final List<IncidentTiming> timings = new ArrayList<>();
        private final List<SkippedDocument> skipped = new ArrayList<>();
        private int charts;

        Pass(StagedRun run, MetricsFolder metrics, PreviousReport previous, ReportWriter writer,
             WorkbookFingerprint fingerprints) {
            this.run = run;
            this.metrics = metrics;
            this.previous = previous;
            this.writer = writer;
            this.fingerprints = fingerprints;
        }

        ReportSummary report(List<String> incidentFiles, long start) {
            for (String file : incidentFiles) {
                try {
                    incident(file);
                } catch (MetricsDocumentException e) {
                    skip(e);
                }
            }
            try {
                portfolio();
            } catch (MetricsDocumentException e) {
                skip(e);
            }
            List<CurrentWorkbook> carried = carryTheRest();
            current.sort(Comparator.comparing(CurrentWorkbook::workbook));
            ReportSummary summary = new ReportSummary(metrics.runId(), language, options.full(),
                    written, unchanged, charts, timings, skipped, current, secondsSince(start));
            LOG.info("stage=report workbooks={} unchanged={} carried_over={} charts={} skipped={}"
                            + " seconds={}", written.size(), unchanged.size(), carried.size(),
                    charts, skipped.size(), format(summary.totalSeconds()));
            return summary;
        }

        /** Writes an incident's workbook, or carries it over when its inputs are unchanged. */
        private void incident(String file) {
            long began = System.nanoTime();
            String incidentId = MetricsContract.incidentIdOf(file);
            String workbook = ReportLayout.incidentWorkbook(language.code(), incidentId);
            byte[] document = metrics.read(file);
            String fingerprint = fingerprints.of(document);
            Optional<CurrentWorkbook> same = options.full() ? Optional.empty()
                    : previous.unchanged(workbook, fingerprint);
            if (same.isPresent()) {
                current.add(previous.carry(run, same.get()));
                unchanged.add(workbook);
                LOG.debug("stage=report.unchanged incident={}", incidentId);
                return;
            }
            IncidentMetrics incident = IncidentMetrics.read(metrics.name(file), document);
            requireIdOfFile(incident, file);
            charts += write(workbook, ReportLayout.chartFolder(language.code(), incidentId),
                    out -> writer.incident(incident, out));
            double seconds = secondsSince(began);
            written.add(workbook);
            current.add(new CurrentWorkbook(workbook, language, incidentId, metrics.runId(), true,
                    fingerprint));
            timings.add(new IncidentTiming(incidentId, workbook, seconds));
            LOG.info("stage=report.incident incident={} seconds={}", incidentId, format(seconds));
        }

        /** The portfolio is over every incident: always rewritten. */
        private void portfolio() {
            long began = System.nanoTime();
            byte[] document = metrics.read(MetricsContract.PORTFOLIO_FILE);
            PortfolioMetrics portfolio = PortfolioMetrics.read(
                    metrics.name(MetricsContract.PORTFOLIO_FILE), document);
            String workbook = ReportLayout.portfolioWorkbook(language.code());
            charts += write(workbook, ReportLayout.chartFolder(language.code(), null),
                    out -> writer.portfolio(portfolio, out));
            written.add(workbook);
            current.add(new CurrentWorkbook(workbook, language, null, metrics.runId(), true,
                    fingerprints.of(document)));
            LOG.info("stage=report.portfolio seconds={}", format(secondsSince(began)));
        }

        /** What this run does not rewrite stays current: the other language, other incidents. */
        private List<CurrentWorkbook> carryTheRest() {
            Set<String> incidents = new HashSet<>();
            metrics.incidentFiles().forEach(f -> incidents.add(MetricsContract.incidentIdOf(f)));
            Set<String> handled = new HashSet<>(written);
            handled.addAll(unchanged);
            List<CurrentWorkbook> carried = previous.carryInto(run, w -> w.language() == language
                    && (w.incidentId() == null || handled.contains(w.workbook())
                    || options.incidents().isEmpty()), incidents);
            current.addAll(carried);
            return carried;
        }

        /** Writes a workbook (built in memory, so a failure leaves no partial file) and its charts. */
        private int write(String workbook, String chartFolder,
                          Function<ByteArrayOutputStream, List<ChartImage>> build) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<ChartImage> images = build.apply(bytes);
            run.writeFile(workbook, bytes.toByteArray());
            for (ChartImage chart : images) {
                run.writeFile(chartFolder + "/" + chart.name() + ".png", chart.png());
            }
            return images.size();
        }

        private void skip(MetricsDocumentException e) {
            skipped.add(new SkippedDocument(e.file(), e.getMessage()));
            LOG.warn("stage=report.skipped {}", e.getMessage());
        }
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

    private static double secondsSince(long nanos) {
        return Math.round((System.nanoTime() - nanos) / 1e6) / 1000.0;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
