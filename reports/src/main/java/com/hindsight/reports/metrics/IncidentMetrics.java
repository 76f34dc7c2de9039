package com.hindsight.reports.metrics;

import com.hindsight.core.metrics.MetricsContract;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One incident's metrics document ({@code metrics/<incident_id>.json}, keys and version in
 * {@link MetricsContract}, docs/metrics.md). Reading checks the version and that every top-level
 * key is present; the sheet builders read the values through {@link MetricsNode}, which names
 * any bad key.
 */
public record IncidentMetrics(String file, String incidentId, MetricsNode document) {

    public IncidentMetrics {
        if (file == null || incidentId == null || document == null) {
            throw new IllegalArgumentException("file, incident id and document are required");
        }
    }

    /** Parses and checks a document; {@code file} names it in errors. */
    public static IncidentMetrics read(String file, byte[] json) {
        MetricsNode document = MetricsJson.parse(file, json, MetricsContract.incidentKeys());
        String id = document.object(MetricsContract.INCIDENT_KEY).requiredText("id");
        IncidentMetrics metrics = new IncidentMetrics(file, id, document);
        metrics.asOf();
        return metrics;
    }

    /** The response-time rows in process order ({@code step} 1–10), not by time as stored. */
    public List<MetricsNode> responseTimesByStep() {
        return document.list("response_times").stream().sorted(Comparator.comparing(
                (MetricsNode row) -> row.count("step"),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** The day the analysis was judged as of ({@code as_of}): overdue actions count to it. */
    public java.time.LocalDate asOf() {
        return document.requiredDate(MetricsContract.AS_OF_KEY);
    }

    public MetricsNode incident() {
        return document.object("incident");
    }

    /**
     * The instant the workbook's properties are dated with: when the incident opened, else its
     * first mention; never the clock, so a rerun writes the same properties.
     */
    public OffsetDateTime documentDate() {
        OffsetDateTime opened = incident().instant("opened_at");
        if (opened != null) {
            return opened;
        }
        return document.optionalObject("spread").map(s -> s.instant("first_mention"))
                .orElse(OffsetDateTime.parse("1970-01-01T00:00:00Z"));
    }
}
