/**
 * The charts, drawn with JFreeChart into PNGs of a fixed size, with a font that can show
 * Chinese ({@link com.hindsight.reports.charts.ChartFont}). Texts come from the labels.
 */
package com.hindsight.reports.charts;
