package com.hindsight.reports.workbook;

/** The kinds of cell a report writes; each has one style per workbook ({@link ReportStyles}). */
public enum CellKind {
    HEADER,
    TEXT,
    /** Long text (a lesson, a root cause): wrapped in its cell. */
    WRAPPED_TEXT,
    /** Whole numbers with thousands separators. */
    COUNT,
    /** Hours, days, ratios and scores: two decimals. */
    DECIMAL,
    /** Shares 0–1 shown as percentages. */
    PERCENT,
    /** Timestamps, in the zone the metrics were computed in. */
    DATE_TIME,
    DATE,
    /** A target met: green. */
    MET,
    /** A target missed, late or never reached: red. */
    MISSED,
    /** The title of a one-page sheet (brief, cover): large and bold. */
    PAGE_TITLE,
    /** A heading inside a one-page sheet: bold, a rule below. */
    PAGE_SECTION,
    /** Running text of a one-page sheet: wrapped. */
    PAGE_TEXT,
    /** Where the figures came from (as-of date, analyze run): small and grey. */
    PAGE_NOTE
}
