/**
 * Writing sheets with POI's streaming workbook: typed cells ({@link
 * com.hindsight.reports.workbook.SheetTable}), one style set per workbook ({@link
 * com.hindsight.reports.workbook.ReportStyles}), pictures, one-page sheets ({@link
 * com.hindsight.reports.workbook.PageWriter}) and every sheet's print setup ({@code PrintLayout},
 * applied by {@link com.hindsight.reports.workbook.WorkbookContext#finish()}). One builder class
 * per sheet in {@code incident} and the portfolio's in {@code portfolio}; a workbook lists its
 * sheets in order in one place ({@code IncidentWorkbook}, {@code PortfolioWorkbook}), so a new
 * sheet is one class and one line there. No formulas: every value is data, every text is text.
 */
package com.hindsight.reports.workbook;
