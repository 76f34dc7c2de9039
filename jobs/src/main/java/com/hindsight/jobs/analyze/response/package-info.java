/**
 * How fast the bank responded and what the response did, per incident:
 * {@link com.hindsight.jobs.analyze.response.ResponseTimes} (each milestone from the first
 * mention, against its target, and the lag between process steps),
 * {@link com.hindsight.jobs.analyze.response.ResponseEffect} (volume and negative share in the
 * hours before and after the first statement) and
 * {@link com.hindsight.jobs.analyze.response.AlertBacktest} (would the early-warning rules have
 * fired before the bank detected the incident).
 *
 * <p>Each class has one public static {@code of(...)}: a Dataset-to-Dataset function built from
 * Spark's built-in functions that checks its input columns up front and never collects posts to
 * the driver. Durations are double hours computed from microsecond instants, so they do not
 * depend on the session time zone; only hour buckets ({@code date_trunc}) do. Every output column
 * is documented in docs/metrics.md. Nothing here reads or writes files or logs.
 */
package com.hindsight.jobs.analyze.response;
