/**
 * Spread metrics of the post-incident review: how an incident's posts grew, peaked, decayed and
 * travelled. Every metric is defined in docs/metrics.md.
 *
 * <ul>
 * <li>{@link com.hindsight.jobs.analyze.spread.HourlyVolume}: posts, negative and scored posts
 *     per incident, hour and channel; channel {@code all} is a dense hourly series.
 * <li>{@link com.hindsight.jobs.analyze.spread.SpreadSummary}: one row per incident: first and
 *     last mention, size, reach, peak, half-life, subsidence, negative share.
 * <li>{@link com.hindsight.jobs.analyze.spread.Cascades}: one row per reply/repost tree: size,
 *     depth, breadth, structural virality, orphan and cycle roots.
 * <li>{@link com.hindsight.jobs.analyze.spread.CascadeSummary}: the cascades of an incident as
 *     counts, means, percentiles and a log2 size histogram.
 * <li>{@link com.hindsight.jobs.analyze.spread.KeySpreaders}: the accounts with the most posts
 *     downstream of theirs and the most followers.
 * </ul>
 *
 * <p>Input: the warehouse posts table plus {@code sentiment_score}; only posts with an
 * incident_id are analysed. Hours are {@code date_trunc('hour', published_at)} in the session
 * time zone. Each class is one Dataset-to-Dataset function of Spark built-in functions, except
 * the tree walks ({@code IncidentForest}), which run per incident in one task after a
 * {@code groupByKey}: memory there grows with the largest incident, time with the posts. Nothing
 * here collects posts to the driver, reads or writes files, or logs record contents.
 */
package com.hindsight.jobs.analyze.spread;
