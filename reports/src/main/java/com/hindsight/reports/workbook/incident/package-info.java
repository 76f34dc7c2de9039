/**
 * The incident workbook: {@link com.hindsight.reports.workbook.incident.IncidentWorkbook} and one
 * builder per sheet (Summary, Spread, Cascades, Response, Complaints, Backlog, Complaints vs
 * posts, Lessons learned). Builders read the document through
 * {@link com.hindsight.reports.metrics.MetricsNode} and write through
 * {@link com.hindsight.reports.workbook.SheetTable}; they hold no display text.
 */
package com.hindsight.reports.workbook.incident;
