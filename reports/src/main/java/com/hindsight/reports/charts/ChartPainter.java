package com.hindsight.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws charts the same way everywhere: one font (able to show Chinese, see {@link ChartFont}),
 * white background, fixed pixel size, PNG. Rendering is headless (no display needed).
 */
public final class ChartPainter {
    public static final int WIDTH = 960;
    public static final int HEIGHT = 480;
    private final StandardChartTheme theme;
    private final ChartFont font;

    public ChartPainter(ChartFont font) {
        this.font = font;
        theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font.bold(18));
        theme.setLargeFont(font.bold(14));
        theme.setRegularFont(font.plain(12));
        theme.setSmallFont(font.plain(10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    /**
     * Applies the theme and renders the chart as a PNG of {@link #WIDTH} × {@link #HEIGHT}.
     * Colours and strokes a chart sets per series (the palette of {@link ChartColours}) are kept:
     * the theme only fills in what the chart left open.
     */
    public ChartImage render(String name, JFreeChart chart) {
        keepSeriesStyles(chart);
        theme.apply(chart);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + name, e);
        }
        return new ChartImage(name, png.toByteArray(), WIDTH, HEIGHT);
    }

    /** The theme clears series paints a renderer populates itself; ours are set on purpose. */
    private static void keepSeriesStyles(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                keep(xy.getRenderer(i));
            }
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot category) {
            for (int i = 0; i < category.getRendererCount(); i++) {
                keep(category.getRenderer(i));
            }
        }
    }

    private static void keep(Object renderer) {
        if (renderer instanceof org.jfree.chart.renderer.AbstractRenderer abstractRenderer) {
            abstractRenderer.setAutoPopulateSeriesPaint(false);
            abstractRenderer.setAutoPopulateSeriesStroke(false);
            if (abstractRenderer.getSeriesPaint(0) == null) {
                abstractRenderer.setSeriesPaint(0, ChartColours.MET);
            }
        }
    }

    /** A time axis that shows hours in the zone of the metrics, not the machine's zone. */
    public static DateAxis timeAxis(String label, ZoneOffset zone, Locale locale) {
        DateAxis axis = new DateAxis(label, TimeZone.getTimeZone(zone), locale);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A dashed vertical line at an instant (the first statement), labelled at its top right. */
    public ValueMarker timeMarker(double millis, String label, Color colour) {
        ValueMarker marker = dashed(millis, label, colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    /** A dashed horizontal line at a value (a target), labelled above it at the left. */
    public ValueMarker targetMarker(double value, String label, Color colour) {
        ValueMarker marker = dashed(value, label, colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private ValueMarker dashed(double value, String label, Color colour) {
        ValueMarker marker = new ValueMarker(value, colour, new BasicStroke(2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(colour);
        marker.setLabelFont(font.plain(12));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return marker;
    }
}
