package com.hindsight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.StagedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report run that is current before this one, and what of it stays current: a run that
 * writes some workbooks (one language, or {@code --incident}) copies the others into the run it
 * publishes, so the one {@code CURRENT} pointer always names a run holding every current
 * workbook. A run older than this layout ({@code report-summary.json} version 1) carries nothing.
 */
final class PreviousReport {
    private static final Logger LOG = LoggerFactory.getLogger(PreviousReport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublishedRun run;
    private final List<CurrentWorkbook> workbooks;

    private PreviousReport(PublishedRun run, List<CurrentWorkbook> workbooks) {
        this.run = run;
        this.workbooks = workbooks;
    }

    static PreviousReport of(Optional<PublishedRun> current) {
        if (current.isEmpty()) {
            return new PreviousReport(null, List.of());
        }
        PublishedRun run = current.get();
        try {
            JsonNode summary = JSON.readTree(run.read(ReportSummary.FILE));
            if (summary.path("schema_version").asInt() < ReportSummary.SCHEMA_VERSION) {
                LOG.info("stage=report.carry previous={} carried=0 reason=older layout", run.runId());
                return new PreviousReport(run, List.of());
            }
            List<CurrentWorkbook> listed = new ArrayList<>();
            for (JsonNode entry : summary.path("current")) {
                listed.add(new CurrentWorkbook(entry.get("workbook").asText(),
                        Language.parse(entry.get("language").asText()),
                        entry.path("incident_id").isNull() || entry.path("incident_id").isMissingNode()
                                ? null : entry.get("incident_id").asText(),
                        entry.get("analyze_run").asText(), false));
            }
            return new PreviousReport(run, listed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the summary of the current " + run, e);
        }
    }

    /**
     * Copies the previous run's workbooks (and their charts) that this run does not rewrite into
     * {@code staged}, for incidents that still have a metrics document; returns them.
     *
     * @param rewritten what this run writes: such a workbook is not carried over
     * @param incidents the incidents of the current analyze run
     */
    List<CurrentWorkbook> carryInto(StagedRun staged, Predicate<CurrentWorkbook> rewritten,
                                    Set<String> incidents) {
        List<CurrentWorkbook> carried = new ArrayList<>();
        for (CurrentWorkbook workbook : workbooks) {
            if (rewritten.test(workbook) || workbook.incidentId() != null
                    && !incidents.contains(workbook.incidentId())) {
                continue;
            }
            copy(staged, workbook.workbook());
            for (String chart : run.files(workbook.chartFolder())) {
                copy(staged, workbook.chartFolder() + "/" + chart);
            }
            carried.add(workbook.carried());
        }
        return carried;
    }

    private void copy(StagedRun staged, String file) {
        try {
            staged.writeFile(file, run.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry " + run.display(file) + " over", e);
        }
    }
}
