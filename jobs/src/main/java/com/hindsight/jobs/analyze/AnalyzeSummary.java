package com.hindsight.jobs.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.core.warehouse.StageSummary;
import com.hindsight.playbook.DrillComparison;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.StepStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an analyze run, written as analyze-summary.json beside the metrics: what it
 * covered and the key figures per incident for the command's human summary.
 *
 * @param ingestRunId        the ingest run the metrics were computed from
 * @param asOf               the day open review actions were judged against
 * @param postsAnalysed      posts linked to an incident, the ones the metrics count
 * @param postsUnlinked      posts linked to no incident, left out of every metric
 * @param postsScoredByModel posts whose sentiment came from the model (the archive had none)
 * @param incidents          one line of figures per incident, in severity order, with its
 *                           playbook score ({@link #playbookFigures})
 * @param playbook           the name of the playbook incidents were scored against
 * @param drillsVersusReal   drills against real incidents, per category with a drill and step
 * @param scope              which incidents were computed and which kept from the previous run
 */
public record AnalyzeSummary(String ingestRunId, LocalDate asOf, long postsAnalysed,
                             long postsUnlinked, long postsScoredByModel,
                             List<Map<String, Object>> incidents, String playbook,
                             List<Map<String, Object>> drillsVersusReal, Scope scope)
        implements StageSummary {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public AnalyzeSummary {
        incidents = List.copyOf(incidents);
        drillsVersusReal = List.copyOf(drillsVersusReal);
    }

    /**
     * Which incidents the run computed; not part of the JSON document, which an incremental run
     * and a full run over the same inputs write the same.
     *
     * @param baseRun     the analyze run incidents were kept from; null when all were computed
     * @param wholeReason why all were computed; null when a base was used
     * @param recomputed  the incidents computed, in id order; null when all were
     * @param kept        how many incidents were kept from the base
     * @param complaintsKept whether the complaint SLA and backlog were kept from the base (its
     *                    complaints were this run's)
     */
    public record Scope(String baseRun, String wholeReason, List<String> recomputed, long kept,
                        boolean complaintsKept) {
        public Scope {
            recomputed = recomputed == null ? null : List.copyOf(recomputed);
        }

        public boolean incremental() {
            return baseRun != null;
        }
    }

    /** An incident's playbook figures: kind, steps per status, missed actions, injects answered. */
    static Map<String, Object> playbookFigures(PlaybookScore score) {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (score == null) {
            return figures;
        }
        figures.put("kind", score.kind());
        for (StepStatus status : StepStatus.values()) {
            figures.put("playbook_" + status.key(), score.count(status));
        }
        figures.put("playbook_missed_steps", score.steps().stream()
                .filter(step -> step.status() == StepStatus.MISSED)
                .map(PlaybookScore.Step::action).toList());
        figures.put("injects", score.injects().size());
        figures.put("injects_answered", score.answeredInjects());
        return figures;
    }

    /** The comparison rows as the summary's JSON objects. */
    static List<Map<String, Object>> comparison(List<DrillComparison.Row> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DrillComparison.Row row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("category", row.category());
            entry.put("action", row.action());
            entry.put("target_hours", row.targetHours());
            entry.put("drills", row.drills());
            entry.put("drills_met", row.drillsMet());
            entry.put("drill_median_hours", row.drillMedian());
            entry.put("real", row.real());
            entry.put("real_met", row.realMet());
            entry.put("real_median_hours", row.realMedian());
            list.add(entry);
        }
        return list;
    }

    /** The JSON document; only data, no clock time, so a rerun writes the same file. */
    @Override
    public byte[] toJson() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("source_ingest_run", ingestRunId);
        document.put("as_of", asOf.toString());
        document.put("posts_analysed", postsAnalysed);
        document.put("posts_unlinked", postsUnlinked);
        document.put("posts_scored_by_model", postsScoredByModel);
        document.put("incidents", incidents);
        document.put("playbook", playbook);
        document.put("drills_vs_real", drillsVersusReal);
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
