package com.hindsight.jobs.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.core.warehouse.StageSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an ingest run, written as ingest-summary.json beside the tables. It holds only
 * what the data determines (no clock times), so a rerun over the same archive writes the same file.
 */
public record IngestSummary(Map<String, TableCounts> tables, List<String> skippedFiles,
                            List<String> missingFolders, List<String> warnings, Reading reading)
        implements StageSummary {
    /**
     * How the run read the archive; not part of the JSON document, which an incremental run and a
     * full run over the same archive write the same.
     *
     * @param baseRun    the ingest run this one built on, null when the whole archive was read
     * @param wholeReason why the whole archive was read, null when the run built on another
     * @param tables     per table, the files read, dropped and carried over
     */
    public record Reading(String baseRun, String wholeReason, Map<String, ArchiveDelta> tables) {
        public Reading {
            tables = new LinkedHashMap<>(tables);
        }

        public boolean incremental() {
            return baseRun != null;
        }

        /** Files read of the tables merged into the previous run's: the new and changed ones. */
        public int filesRead() {
            return tables.values().stream().filter(ArchiveDelta::merged)
                    .mapToInt(d -> d.read().size()).sum();
        }

        /** Files read in all, merged tables or not. */
        public int filesReadInAll() {
            return tables.values().stream().mapToInt(d -> d.read().size()).sum();
        }

        /** The tables merged into the previous run's. */
        public List<String> mergedTables() {
            return tables.entrySet().stream().filter(e -> e.getValue().merged())
                    .map(Map.Entry::getKey).toList();
        }

        public int filesReused() {
            return tables.values().stream().mapToInt(ArchiveDelta::reused).sum();
        }

        public int filesDropped() {
            return tables.values().stream().mapToInt(d -> d.dropped().size()).sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public IngestSummary {
        tables = new LinkedHashMap<>(tables);
        skippedFiles = List.copyOf(skippedFiles);
        missingFolders = List.copyOf(missingFolders);
        warnings = List.copyOf(warnings);
    }

    @JsonProperty
    public long quarantinedTotal() {
        return tables.values().stream().mapToLong(TableCounts::quarantined).sum();
    }

    public boolean anyQuarantined() {
        return quarantinedTotal() > 0;
    }

    @Override
    public boolean setAside() {
        return anyQuarantined();
    }

    /** The JSON document: counts only, no run id or clock time, so reruns write the same file. */
    @Override
    public byte[] toJson() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tables", tables);
        document.put("quarantined_total", quarantinedTotal());
        document.put("skipped_files", skippedFiles);
        document.put("missing_folders", missingFolders);
        document.put("warnings", warnings);
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The accepted records of {@code table} that belong to no incident, as a published ingest
     * run's summary file ({@code json}) counted them when it wrote the table.
     */
    public static long unlinked(byte[] json, String table) {
        try {
            return JSON.readTree(json).path("tables").path(table).path("unlinked").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> read(byte[] json) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(json, Map.class);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
