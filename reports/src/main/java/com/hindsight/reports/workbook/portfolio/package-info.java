/**
 * The portfolio workbook: {@link com.hindsight.reports.workbook.portfolio.PortfolioWorkbook} and
 * one builder per sheet (severity ranking, response trends, recurring root causes, open review
 * actions, complaints by category; the complaint SLA table is shared with the incident workbook).
 */
package com.hindsight.reports.workbook.portfolio;
