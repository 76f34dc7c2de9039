package com.hindsight.reports;

/**
 * The version of what the report code writes into a workbook and its charts, for the report
 * stage's decision whether a workbook can be carried over unchanged ({@link WorkbookFingerprint}).
 *
 * <p><b>Rule: raise {@link #VERSION} by one in every change to the reports module that changes
 * what a workbook or chart holds for the same metrics document</b>: a sheet, row, column, label,
 * translation, style, print setting, chart or verdict sentence added, removed or changed, also a
 * bug fix. Otherwise the next report run keeps the workbooks written by the older code for every
 * incident whose document did not change (until its document changes or someone runs
 * {@code hindsight report --full}). Changes that write the same bytes (refactoring, speed) need
 * no raise; when unsure, raise it: the cost is one full rewrite.
 */
public final class ReportFormat {
    /** The current format; see the rule above. */
    public static final int VERSION = 1;

    private ReportFormat() {
    }
}
