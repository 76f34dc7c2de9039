/**
 * Writing sheets with POI's streaming workbook: typed cells ({@link
 * com.hindsight.reports.workbook.SheetTable}), one style set per workbook ({@link
 * com.hindsight.reports.workbook.ReportStyles}), pictures. One builder class per sheet in
 * {@code incident} and the portfolio's in {@code portfolio}. No formulas: every value is data.
 */
package com.hindsight.reports.workbook;
