package com.hindsight.search.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.metrics.Milestone;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key figures of incidents, read from the metrics documents of a warehouse's published
 * analyze run ({@link MetricsContract}), one document at a time when first asked. A missing run,
 * document or value gives unknown figures, never an error: similar incidents are still worth
 * showing without them. Thread-safe.
 */
public final class IncidentFigures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IncidentFigures NONE = new IncidentFigures(null);

    private final Path metricsFolder;
    private final Map<String, KeyFigures> read = new ConcurrentHashMap<>();

    private IncidentFigures(Path metricsFolder) {
        this.metricsFolder = metricsFolder;
    }

    /** No figures (no analyze run). */
    public static IncidentFigures none() {
        return NONE;
    }

    /** The figures of the warehouse's current analyze run; {@link #none()} without one. */
    public static IncidentFigures of(Warehouse warehouse) {
        Optional<PublishedRun> run = warehouse.currentRun(Stage.ANALYZE);
        return run.map(r -> new IncidentFigures(r.localPath(MetricsContract.FOLDER))).orElse(NONE);
    }

    /** Reads the documents of one metrics folder. */
    public static IncidentFigures inFolder(Path metricsFolder) {
        return new IncidentFigures(metricsFolder);
    }

    public KeyFigures of(String incidentId) {
        if (metricsFolder == null) {
            return KeyFigures.UNKNOWN;
        }
        return read.computeIfAbsent(incidentId, this::load);
    }

    private KeyFigures load(String incidentId) {
        Path file = metricsFolder.resolve(MetricsContract.incidentFile(incidentId));
        if (!Files.isRegularFile(file)) {
            return KeyFigures.UNKNOWN;
        }
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (IOException e) {
            return KeyFigures.UNKNOWN; // a broken document does not stop the answer; analyze rewrites it
        }
        JsonNode spread = document.path("spread");
        Double statement = null;
        for (JsonNode step : document.path("response_times")) {
            if (Milestone.FIRST_STATEMENT.key().equals(step.path("milestone").asText())
                    && step.path("hours_from_first_mention").isNumber()) {
                statement = step.path("hours_from_first_mention").asDouble();
            }
        }
        Long complaints = null;
        for (JsonNode row : document.path("complaint_sla")) {
            if ("all".equals(row.path("dimension").asText()) && row.path("complaints").isNumber()) {
                complaints = row.path("complaints").asLong();
            }
        }
        return new KeyFigures(longOrNull(spread.path("total_posts")), longOrNull(spread.path("peak_posts")),
                statement, complaints);
    }

    private static Long longOrNull(JsonNode node) {
        return node.isNumber() ? node.asLong() : null;
    }
}
