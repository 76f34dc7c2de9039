/**
 * The report stage: Excel workbooks and charts for management, in Chinese or English, from the
 * metrics documents of the published analyze run (docs/reports.md).
 *
 * <p>{@link com.hindsight.reports.ReportJob} is the stage (warehouse in, published report run
 * out); {@link com.hindsight.reports.ReportWriter} writes one workbook from one document, for
 * callers without a warehouse. Sub-packages: {@code metrics} reads and checks the documents,
 * {@code charts} draws PNGs with JFreeChart, {@code workbook} writes sheets with POI, one builder
 * per sheet. Every display text comes from {@link com.hindsight.reports.Labels}.
 *
 * <p>No Spark here: the documents are small (one incident's aggregates), read with Jackson.
 * Nothing here prints; the command line does.
 */
package com.hindsight.reports;
