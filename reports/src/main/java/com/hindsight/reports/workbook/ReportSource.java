package com.hindsight.reports.workbook;

import java.time.LocalDate;

/**
 * Where a workbook's figures came from, shown on its cover: the analyze run that wrote the
 * metrics documents and the day the analysis was judged as of.
 *
 * @param analyzeRun the analyze run id, or null when the documents were handed in without one
 * @param asOf       the documents' {@code as_of}
 */
public record ReportSource(String analyzeRun, LocalDate asOf) {
}
