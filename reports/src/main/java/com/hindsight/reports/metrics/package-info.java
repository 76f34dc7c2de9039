/**
 * Reading the metrics documents (schema version 1, docs/metrics.md) with checks that name the
 * file and key of any problem. Only {@link com.hindsight.reports.metrics.MetricsNode} knows JSON.
 */
package com.hindsight.reports.metrics;
