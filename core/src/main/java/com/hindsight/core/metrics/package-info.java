/**
 * The metrics-document contract between analyze (which writes {@code metrics/*.json}) and report
 * (which reads them): {@link com.hindsight.core.metrics.MetricsContract} and the response
 * {@link com.hindsight.core.metrics.Milestone}s the documents name.
 */
package com.hindsight.core.metrics;
