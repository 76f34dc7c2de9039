package com.hindsight.reports.metrics;

import java.time.OffsetDateTime;
import java.util.List;

/** The portfolio document ({@code metrics/portfolio.json}, schema version 1, docs/metrics.md). */
public record PortfolioMetrics(String file, MetricsNode document) {
    public static final List<String> KEYS = List.of("schema_version", "severity_ranking",
            "response_trends", "recurring_root_causes", "open_review_actions",
            "complaints_by_category", "complaint_sla");

    public PortfolioMetrics {
        if (file == null || document == null) {
            throw new IllegalArgumentException("file and document are required");
        }
    }

    public static PortfolioMetrics read(String file, byte[] json) {
        return new PortfolioMetrics(file, MetricsJson.parse(file, json, KEYS));
    }

    /** The latest opening of the portfolio's incidents: the workbook's date, never the clock. */
    public OffsetDateTime documentDate() {
        OffsetDateTime latest = OffsetDateTime.parse("1970-01-01T00:00:00Z");
        for (MetricsNode row : document.list("severity_ranking")) {
            OffsetDateTime opened = row.instant("opened_at");
            if (opened != null && opened.isAfter(latest)) {
                latest = opened;
            }
        }
        return latest;
    }
}
