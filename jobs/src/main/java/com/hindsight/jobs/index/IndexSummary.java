package com.hindsight.jobs.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.core.warehouse.StageSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of an index run, written as index-summary.json beside the index.
 *
 * @param ingestRunId the id of the ingest run it was built from
 * @param documents  documents per kind ({@code incident}, {@code post}, {@code complaint},
 *                   {@code review}), every kind present
 * @param changes    rebuilt or updated, and what changed
 * @param seconds    time to read, compare, analyse and write
 * @param indexBytes size of the index files
 * @param sourceWarehouse the warehouse whose ingest run it was built from (a path or URI), as
 *                   the index may be kept apart from it; null when not known
 */
public record IndexSummary(String ingestRunId, Map<String, Long> documents, IndexChanges changes,
                           double seconds, long indexBytes, String sourceWarehouse)
        implements StageSummary {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public IndexSummary {
        Objects.requireNonNull(changes, "changes is null");
        documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    public IndexSummary(String ingestRunId, Map<String, Long> documents, IndexChanges changes,
                        double seconds, long indexBytes) {
        this(ingestRunId, documents, changes, seconds, indexBytes, null);
    }

    /** This summary, naming the warehouse it was built from. */
    public IndexSummary fromWarehouse(String warehouse) {
        return new IndexSummary(ingestRunId, documents, changes, seconds, indexBytes, warehouse);
    }

    public long totalDocuments() {
        return documents.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Documents analysed and written (added or replaced) per second of the run. */
    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (changes.added() + changes.replaced()) / seconds;
    }

    /**
     * The JSON document. Unlike ingest-summary.json it holds timings, so reruns differ in
     * {@code seconds} and {@code documents_per_second}; the counts are the data's;
     * {@code documents_per_second} counts the documents written (added or replaced), not those an
     * update kept. {@code index_format} is what the next run checks before updating this one in place.
     */
    @Override
    public byte[] toJson() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("source_ingest_run", ingestRunId);
        document.put("documents", documents);
        document.put("total_documents", totalDocuments());
        document.put(IndexBase.FORMAT_KEY, IndexBase.FORMAT);
        document.put("changes", changes.toJson());
        document.put("seconds", Math.round(seconds * 1000) / 1000.0);
        document.put("documents_per_second", Math.round(documentsPerSecond() * 10) / 10.0);
        document.put("index_bytes", indexBytes);
        if (sourceWarehouse != null) {
            document.put("source_warehouse", sourceWarehouse);
        }
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
