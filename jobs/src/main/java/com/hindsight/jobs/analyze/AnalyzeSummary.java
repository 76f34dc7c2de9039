package com.hindsight.jobs.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an analyze run: where it was published, what it covered, and the key figures per
 * incident for the command's human summary.
 *
 * @param incidents one line of figures per incident, in severity order
 */
public record AnalyzeSummary(String runId, String runFolder, String ingestRun, LocalDate asOf,
                             long postsAnalysed, long postsScoredByModel,
                             List<Map<String, Object>> incidents) {
    public AnalyzeSummary {
        incidents = List.copyOf(incidents);
    }
}
