package com.hindsight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.StagedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report run that is current before this one, and what of it stays current: a run that
 * writes some workbooks (one language, or {@code --incident}, or only those whose inputs
 * changed) copies the others into the run it publishes, so the one {@code CURRENT} pointer always
 * names a run holding every current workbook. A run older than this layout
 * ({@code report-summary.json} version 1) carries nothing; one of version 2 lists no fingerprints,
 * so none of its workbooks counts as unchanged.
 */
final class PreviousReport {
    private static final Logger LOG = LoggerFactory.getLogger(PreviousReport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first summary version listing the {@code current} workbooks. */
    private static final int FIRST_VERSION_WITH_CURRENT = 2;

    private final PublishedRun run;
    private final List<CurrentWorkbook> workbooks;
    private final boolean local;

    private PreviousReport(PublishedRun run, List<CurrentWorkbook> workbooks, boolean local) {
        this.run = run;
        this.workbooks = workbooks;
        this.local = local;
    }

    /**
     * @param current the current report run, if any
     * @param local   whether the warehouse is on this machine: carried files then keep their
     *                modification time, so a listing shows when each was written
     */
    static PreviousReport of(Optional<PublishedRun> current, boolean local) {
        if (current.isEmpty()) {
            return new PreviousReport(null, List.of(), local);
        }
        PublishedRun run = current.get();
        try {
            JsonNode summary = JSON.readTree(run.read(ReportSummary.FILE));
            if (summary.path("schema_version").asInt() < FIRST_VERSION_WITH_CURRENT) {
                LOG.info("stage=report.carry previous={} carried=0 reason=older layout", run.runId());
                return new PreviousReport(run, List.of(), local);
            }
            List<CurrentWorkbook> listed = new ArrayList<>();
            for (JsonNode entry : summary.path("current")) {
                listed.add(new CurrentWorkbook(entry.get("workbook").asText(),
                        Language.parse(entry.get("language").asText()),
                        textOrNull(entry.path("incident_id")),
                        entry.get("analyze_run").asText(), false,
                        textOrNull(entry.path("fingerprint"))));
            }
            return new PreviousReport(run, listed, local);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the summary of the current " + run, e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    /** The previous run's {@code workbook} if it was made from the inputs {@code fingerprint} names. */
    Optional<CurrentWorkbook> unchanged(String workbook, String fingerprint) {
        return workbooks.stream()
                .filter(w -> w.workbook().equals(workbook) && w.madeFrom(fingerprint))
                .findFirst();
    }

    /**
     * Copies the previous run's workbooks (and their charts) that this run does not rewrite into
     * {@code staged}, for incidents that still have a metrics document; returns them.
     *
     * @param handled   what this run wrote or already carried: such a workbook is not carried
     * @param incidents the incidents of the current analyze run
     */
    List<CurrentWorkbook> carryInto(StagedRun staged, Predicate<CurrentWorkbook> handled,
                                    Set<String> incidents) {
        List<CurrentWorkbook> carried = new ArrayList<>();
        for (CurrentWorkbook workbook : workbooks) {
            if (handled.test(workbook) || workbook.incidentId() != null
                    && !incidents.contains(workbook.incidentId())) {
                continue;
            }
            carried.add(carry(staged, workbook));
        }
        return carried;
    }

    /** Copies one workbook of the previous run and its charts into {@code staged}, unchanged. */
    CurrentWorkbook carry(StagedRun staged, CurrentWorkbook workbook) {
        copy(staged, workbook.workbook());
        for (String chart : run.files(workbook.chartFolder())) {
            copy(staged, workbook.chartFolder() + "/" + chart);
        }
        return workbook.carried();
    }

    private void copy(StagedRun staged, String file) {
        try {
            staged.writeFile(file, run.read(file));
            if (local) {
                Files.setLastModifiedTime(staged.localPath(file),
                        Files.getLastModifiedTime(run.localPath(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry " + run.display(file) + " over", e);
        }
    }
}
