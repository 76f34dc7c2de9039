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
 * What a report run wrote ({@code report-summary.json}): the analyze run it read, the workbooks
 * it wrote, those it carried over because what they are made from had not changed, the seconds
 * each written incident took, the documents skipped with the reason, and every workbook the run
 * holds (written now or carried over from the run before, see
 * {@link com.hindsight.core.warehouse.ReportLayout}) with its fingerprint.
 *
 * @param analyzeRunId the analyze run the documents came from
 * @param full         whether {@code --full} asked for every workbook to be rewritten
 * @param workbooks    the workbooks this run wrote
 * @param unchanged    the incident workbooks of this run's language that it would have written
 *                     but carried over because their fingerprint had not changed
 */
public record ReportSummary(String analyzeRunId, Language language, boolean full,
                            List<String> workbooks, List<String> unchanged, int charts,
                            List<IncidentTiming> incidents, List<SkippedDocument> skipped,
                            List<CurrentWorkbook> current, double totalSeconds)
        implements StageSummary {
    /** The file in every report run. */
    public static final String FILE = "report-summary.json";
    /**
     * Version 2: workbooks in a folder per language, and {@code current} lists every workbook
     * the run holds, written or carried over. Version 3: {@code full}, {@code unchanged},
     * {@code written_total}, {@code unchanged_total}, and a {@code fingerprint} per current
     * workbook.
     */
    public static final int SCHEMA_VERSION = 3;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public ReportSummary {
        workbooks = List.copyOf(workbooks);
        unchanged = List.copyOf(unchanged);
        incidents = List.copyOf(incidents);
        skipped = List.copyOf(skipped);
        current = List.copyOf(current);
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

    /**
     * The workbooks kept current from the previous run without being this run's to write: the
     * other language's, and with {@code --incident} the other incidents'.
     */
    public List<CurrentWorkbook> keptFromPrevious() {
        return current.stream().filter(w -> !w.written() && !unchanged.contains(w.workbook()))
                .toList();
    }

    @Override
    public boolean setAside() {
        return hasSkipped();
    }

    /**
     * The summary file's JSON. Between two runs over the same documents, the seconds differ, and
     * which incident workbooks were written or carried over unchanged.
     */
    @Override
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("analyze_run", analyzeRunId);
        root.put("language", language.code());
        root.put("full", full);
        ArrayNode written = root.putArray("workbooks");
        workbooks.forEach(written::add);
        root.put("written_total", workbooks.size());
        ArrayNode kept = root.putArray("unchanged");
        unchanged.forEach(kept::add);
        root.put("unchanged_total", unchanged.size());
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
        ArrayNode held = root.putArray("current");
        for (CurrentWorkbook workbook : current) {
            held.addObject().put("workbook", workbook.workbook())
                    .put("language", workbook.language().code())
                    .put("incident_id", workbook.incidentId())
                    .put("analyze_run", workbook.analyzeRun()).put("written", workbook.written())
                    .put("fingerprint", workbook.fingerprint());
        }
        root.put("total_seconds", totalSeconds);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
