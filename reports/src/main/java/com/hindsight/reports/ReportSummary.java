package com.hindsight.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.warehouse.StageSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a report run wrote ({@code report-summary.json}): the analyze run it read, the workbooks,
 * the seconds each incident took, and the documents skipped with the reason.
 *
 * @param analyzeRunId the analyze run the documents came from
 */
public record ReportSummary(String analyzeRunId, Language language, List<String> workbooks,
                            int charts, List<IncidentTiming> incidents,
                            List<SkippedDocument> skipped, double totalSeconds)
        implements StageSummary {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public ReportSummary {
        workbooks = List.copyOf(workbooks);
        incidents = List.copyOf(incidents);
        skipped = List.copyOf(skipped);
    }

    /** One incident workbook written and how long its charts and workbook took. */
    public record IncidentTiming(String incidentId, String workbook, double seconds) {
    }

    /** A metrics document that was not reported on, and why (file and key named). */
    public record SkippedDocument(String file, String reason) {
    }

    public boolean hasSkipped() {
        return !skipped.isEmpty();
    }

    @Override
    public boolean setAside() {
        return hasSkipped();
    }

    /** The summary file's JSON; seconds are the only values that differ between reruns. */
    @Override
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", 1);
        root.put("analyze_run", analyzeRunId);
        root.put("language", language.code());
        ArrayNode written = root.putArray("workbooks");
        workbooks.forEach(written::add);
        root.put("charts", charts);
        ArrayNode timings = root.putArray("incidents");
        for (IncidentTiming timing : incidents) {
            timings.addObject().put("incident_id", timing.incidentId())
                    .put("workbook", timing.workbook()).put("seconds", timing.seconds());
        }
        ArrayNode skips = root.putArray("skipped");
        for (SkippedDocument skip : skipped) {
            skips.addObject().put("file", skip.file()).put("reason", skip.reason());
        }
        root.put("skipped_total", skipped.size());
        root.put("total_seconds", totalSeconds);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
