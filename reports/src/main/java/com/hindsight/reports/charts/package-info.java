/**
 * The charts: pictures drawn with JFreeChart into PNGs of a fixed size, with a font that can
 * show Chinese ({@link com.hindsight.reports.charts.ChartFont}), and Excel's own charts bound to
 * sheet ranges ({@link com.hindsight.reports.charts.NativeCharts}); both in the colours of
 * {@link com.hindsight.reports.charts.ChartColours}. Texts come from the labels.
 */
package com.hindsight.reports.charts;
