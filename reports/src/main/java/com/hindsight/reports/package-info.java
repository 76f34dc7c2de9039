/**
 * The report stage: Excel workbooks and charts for management, in Chinese or English, from the
 * metrics documents of the published analyze run (docs/reports.md).
 *
 * <p>{@link com.hindsight.reports.ReportJob} is the stage (warehouse in, published report run
 * out); {@link com.hindsight.reports.ReportWriter} writes one workbook from one document, for
 * callers without a warehouse. Sub-packages: {@code metrics} reads and checks the documents,
 * {@code charts} draws PNGs with JFreeChart and Excel's native charts with POI's XDDF, in one
 * palette, {@code workbook} writes sheets with POI, one builder per sheet. Every display text
 * comes from {@link com.hindsight.reports.Labels}. A run's files are laid out per language
 * ({@link com.hindsight.core.warehouse.ReportLayout}); what a run does not rewrite stays current
 * ({@link com.hindsight.reports.PreviousReport}).
 *
 * <p>No Spark here: the documents are small (one incident's aggregates), read with Jackson.
 * Nothing here prints; the command line does.
 */
package com.hindsight.reports;
