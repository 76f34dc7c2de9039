package com.hindsight.reports.metrics;

import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.metrics.Milestone;
import java.time.OffsetDateTime;

/**
 * The portfolio document ({@code metrics/portfolio.json}, keys and version in
 * {@link MetricsContract}, docs/metrics.md).
 */
public record PortfolioMetrics(String file, MetricsNode document) {

    public PortfolioMetrics {
        if (file == null || document == null) {
            throw new IllegalArgumentException("file and document are required");
        }
    }

    public static PortfolioMetrics read(String file, byte[] json) {
        PortfolioMetrics portfolio = new PortfolioMetrics(file,
                MetricsJson.parse(file, json, MetricsContract.portfolioKeys()));
        portfolio.firstStatementTargetHours();
        portfolio.asOf();
        return portfolio;
    }

    /**
     * The target the analyze run judged first statements against, in hours.
     *
     * @throws MetricsDocumentException when {@code response_targets} has none
     */
    public double firstStatementTargetHours() {
        String milestone = Milestone.FIRST_STATEMENT.key();
        for (MetricsNode row : document.list("response_targets")) {
            if (milestone.equals(row.text("milestone")) && row.number("target_hours") != null) {
                return row.number("target_hours");
            }
        }
        throw new MetricsDocumentException(file, "key \"response_targets\" has no target_hours"
                + " for milestone " + milestone);
    }

    /** The day the analysis was judged as of ({@code as_of}): overdue actions count to it. */
    public java.time.LocalDate asOf() {
        return document.requiredDate(MetricsContract.AS_OF_KEY);
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
