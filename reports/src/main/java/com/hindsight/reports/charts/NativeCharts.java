package com.hindsight.reports.charts;

import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Excel's own charts (DrawingML, through POI's XDDF), bound to the ranges of the sheet that
 * holds their table: a manager can restyle them, zoom, or copy them into a slide with their data.
 * Every series names its header cell and its value range; the values are also cached in the
 * chart, so a viewer that does not recalculate shows them too. Colours from {@link ChartColours}.
 */
public final class NativeCharts {
    private NativeCharts() {
    }

    /**
     * One series: its title is the header cell, its values a column range of the same sheet.
     *
     * @param values the cells' values, in the range's order (null = a gap)
     * @param width  the line's width in points (bars ignore it)
     */
    public record Series(CellReference title, String titleText, CellRangeAddress range,
                         Double[] values, Color colour, double width) {
    }

    /** Where a chart goes: from (column, row) to (lastColumn, lastRow), cells. */
    public record Place(int column, int row, int lastColumn, int lastRow) {
    }

    /** A line chart over categories (hours), one line per series. */
    public static XSSFChart lines(XSSFSheet sheet, Place place, String title, String valueTitle,
                                  CellRangeAddress categories, String[] categoryValues,
                                  List<Series> series) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, AxisPosition.LEFT, valueTitle);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        XDDFCategoryDataSource hours = categories(sheet, categories, categoryValues);
        for (Series one : series) {
            line(data, hours, sheet, one);
        }
        chart.plot(data);
        return chart;
    }

    /**
     * Posts on the left axis and a second measure (complaints) on the right, both per hour.
     */
    public static XSSFChart linesTwoAxes(XSSFSheet sheet, Place place, String title,
                                         String leftTitle, String rightTitle,
                                         CellRangeAddress categories, String[] categoryValues,
                                         Series left, Series right) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, AxisPosition.LEFT, leftTitle);
        XDDFCategoryDataSource hours = categories(sheet, categories, categoryValues);
        XDDFLineChartData first = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        line(first, hours, sheet, left);
        chart.plot(first);
        XDDFCategoryAxis x2 = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x2.setVisible(false);
        XDDFValueAxis y2 = valueAxis(chart, AxisPosition.RIGHT, rightTitle);
        y2.setCrosses(AxisCrosses.MAX);
        x2.crossAxis(y2);
        y2.crossAxis(x2);
        XDDFLineChartData second = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x2, y2);
        line(second, hours, sheet, right);
        chart.plot(second);
        return chart;
    }

    /**
     * Bars of hours per category (milestone) on a logarithmic axis, each bar coloured by
     * {@code barColours} (met, missed, no target), with the targets as markers on the same axis.
     */
    public static XSSFChart barsWithTargets(XSSFSheet sheet, Place place, String title,
                                            String valueTitle, CellRangeAddress categories,
                                            String[] categoryValues, Series bars,
                                            List<Color> barColours, Series targets) {
        XSSFChart chart = chart(sheet, place, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, AxisPosition.LEFT, valueTitle);
        y.setLogBase(10.0);
        y.setMinimum(0.1);
        XDDFCategoryDataSource names = categories(sheet, categories, categoryValues);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series hours = data.addSeries(names, numbers(bars));
        hours.setTitle(bars.titleText(), bars.title());
        hours.setShapeProperties(fill(bars.colour()));
        for (int i = 0; i < barColours.size(); i++) {
            var point = ((XDDFBarChartData.Series) hours).getCTBarSer().addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewInvertIfNegative().setVal(false);
            point.addNewBubble3D().setVal(false);
            point.setSpPr(fill(barColours.get(i)).getXmlObject());
        }
        chart.plot(data);
        XDDFLineChartData marks = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        XDDFLineChartData.Series target = (XDDFLineChartData.Series) marks.addSeries(names,
                numbers(targets));
        target.setTitle(targets.titleText(), targets.title());
        target.setMarkerStyle(MarkerStyle.DASH);
        XDDFShapeProperties noLine = new XDDFShapeProperties();
        noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        target.setShapeProperties(noLine);
        chart.plot(marks);
        // markers take their colour from the series' marker properties
        var marker = target.getCTLineSer().getMarker();
        marker.setSpPr(fill(targets.colour()).getXmlObject());
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, Place place, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(),
                place.lastColumn(), place.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, AxisPosition position, String title) {
        XDDFValueAxis axis = chart.createValueAxis(position);
        axis.setTitle(title);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineProperties grid = new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(PresetColor.LIGHT_GRAY)));
        axis.getOrAddMajorGridProperties().setLineProperties(grid);
        return axis;
    }

    private static XDDFCategoryDataSource categories(XSSFSheet sheet, CellRangeAddress range,
                                                     String[] values) {
        return XDDFDataSourcesFactory.fromArray(values, reference(sheet, range));
    }

    private static XDDFNumericalDataSource<Double> numbers(Series series) {
        return XDDFDataSourcesFactory.fromArray(series.values(),
                reference(series.title().getSheetName(), series.range()));
    }

    private static void line(XDDFLineChartData data, XDDFCategoryDataSource hours,
                             XSSFSheet sheet, Series one) {
        XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(hours,
                numbers(one));
        line.setTitle(one.titleText(), one.title());
        line.setSmooth(false);
        line.setMarkerStyle(MarkerStyle.NONE);
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(ChartColours.rgb(one.colour()))));
        stroke.setWidth(one.width());
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(stroke);
        line.setShapeProperties(properties);
    }

    private static XDDFShapeProperties fill(Color colour) {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(
                XDDFColor.from(ChartColours.rgb(colour))));
        return properties;
    }

    private static String reference(XSSFSheet sheet, CellRangeAddress range) {
        return reference(sheet.getSheetName(), range);
    }

    /** {@code 'Sheet name'!$B$2:$B$74}: absolute, the sheet quoted where Excel needs it. */
    static String reference(String sheetName, CellRangeAddress range) {
        return range.formatAsString(sheetName, true);
    }
}
