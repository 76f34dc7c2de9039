package com.hindsight.search.cases;

/**
 * The key figures of an incident, from the published analyze run's metrics document
 * (docs/metrics.md); each null when unknown.
 *
 * @param posts                 posts linked to the incident ({@code spread.total_posts})
 * @param peakPostsPerHour      posts in the busiest hour ({@code spread.peak_posts})
 * @param hoursToFirstStatement first mention to first statement ({@code response_times}, first_statement)
 * @param complaints            complaints of the incident ({@code complaint_sla}, dimension all)
 */
public record KeyFigures(Long posts, Long peakPostsPerHour, Double hoursToFirstStatement, Long complaints) {
    public static final KeyFigures UNKNOWN = new KeyFigures(null, null, null, null);
}
