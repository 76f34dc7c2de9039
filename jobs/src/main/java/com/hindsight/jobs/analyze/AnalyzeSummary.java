package com.hindsight.jobs.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.core.warehouse.StageSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
 * @param incidents          one line of figures per incident, in severity order
 */
public record AnalyzeSummary(String ingestRunId, LocalDate asOf, long postsAnalysed,
                             long postsUnlinked, long postsScoredByModel,
                             List<Map<String, Object>> incidents) implements StageSummary {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public AnalyzeSummary {
        incidents = List.copyOf(incidents);
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
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
