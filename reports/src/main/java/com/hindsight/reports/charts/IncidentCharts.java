package com.hindsight.reports.charts;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of one incident: hourly volume per channel with the first statement marked,
 * negative share per hour, complaints beside posts per hour, response milestones against targets.
 * Every text comes from {@link Labels}.
 */
public final class IncidentCharts {
    public static final String HOURLY_VOLUME = "hourly-volume";
    public static final String NEGATIVE_SHARE = "negative-share";
    public static final String COMPLAINTS_VERSUS_POSTS = "complaints-vs-posts";
    public static final String RESPONSE_MILESTONES = "response-milestones";
    static final Color STATEMENT = ChartColours.STATEMENT;
    /** Channels the volume chart names; the rest are summed as "other channels". */
    public static final int MAIN_CHANNELS = 4;
    /** The floor of the milestones chart's logarithmic axis: six minutes. */
    static final double SHORTEST_HOURS = 0.1;

    private final Labels labels;
    private final ChartPainter painter;

    public IncidentCharts(Labels labels, ChartPainter painter) {
        this.labels = labels;
        this.painter = painter;
    }

    /**
     * Posts per hour: all channels (black, thick), the {@value #MAIN_CHANNELS} main channels by
     * volume in the palette's colours, and the other channels summed (grey).
     */
    public ChartImage hourlyVolume(IncidentMetrics metrics, HourlySeries hourly) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries all = new XYSeries(labels.value("channel", "all"));
        for (int i = 0; i < hourly.size(); i++) {
            all.add(millis(hourly.hour(i)), hourly.posts(i));
        }
        data.addSeries(all);
        List<String> main = hourly.mainChannels(MAIN_CHANNELS);
        for (String channel : main) {
            XYSeries series = new XYSeries(labels.value("channel", channel));
            for (int i = 0; i < hourly.size(); i++) {
                series.add(millis(hourly.hour(i)), hourly.posts(channel, i));
            }
            data.addSeries(series);
        }
        if (hourly.channels().size() > main.size()) {
            XYSeries other = new XYSeries(labels.get("chart.series.other_channels"));
            for (int i = 0; i < hourly.size(); i++) {
                other.add(millis(hourly.hour(i)), hourly.postsOutside(main, i));
            }
            data.addSeries(other);
        }
        XYPlot plot = timePlot(data, hourly.zone(), labels.get("chart.axis.posts_per_hour"));
        XYLineAndShapeRenderer lines = (XYLineAndShapeRenderer) plot.getRenderer();
        lines.setSeriesPaint(0, ChartColours.ALL);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        for (int c = 0; c < main.size(); c++) {
            lines.setSeriesPaint(c + 1, ChartColours.channel(c));
            lines.setSeriesStroke(c + 1, new BasicStroke(1.25f));
        }
        lines.setSeriesPaint(main.size() + 1, ChartColours.OTHER);
        markStatement(plot, metrics);
        return painter.render(HOURLY_VOLUME, chart(labels.format("chart.hourly_volume.title",
                metrics.incidentId()), plot, true));
    }

    /**
     * Negative share of the scored posts per hour; gaps where fewer than
     * {@link HourlySeries#MIN_SCORED_POSTS_FOR_SHARE} posts were scored (said under the title).
     */
    public ChartImage negativeShare(IncidentMetrics metrics, HourlySeries hourly) {
        XYSeries series = new XYSeries(labels.get("chart.series.negative_share"));
        for (int i = 0; i < hourly.size(); i++) {
            series.add(millis(hourly.hour(i)), hourly.chartedNegativeShare(i));
        }
        XYPlot plot = timePlot(new XYSeriesCollection(series), hourly.zone(),
                labels.get("chart.axis.negative_share"));
        NumberAxis share = (NumberAxis) plot.getRangeAxis();
        share.setRange(0, 1);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        plot.getRenderer().setSeriesPaint(0, ChartColours.NEGATIVE);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        markStatement(plot, metrics);
        JFreeChart chart = chart(labels.format("chart.negative_share.title",
                metrics.incidentId()), plot, false);
        chart.addSubtitle(new TextTitle(labels.format("chart.negative_share.note",
                HourlySeries.MIN_SCORED_POSTS_FOR_SHARE)));
        return painter.render(NEGATIVE_SHARE, chart);
    }

    /** Posts (left axis) and complaints received (right axis) per hour. */
    public ChartImage complaintsVersusPosts(IncidentMetrics metrics) {
        XYSeries posts = new XYSeries(labels.get("chart.series.posts"));
        XYSeries complaints = new XYSeries(labels.get("chart.series.complaints"));
        ZoneOffset zone = ZoneOffset.UTC;
        for (MetricsNode row : metrics.document().list("complaints_vs_media")) {
            OffsetDateTime hour = row.instant("hour");
            if (hour == null) {
                row.requiredText("hour");
            }
            zone = hour.getOffset();
            posts.add(millis(hour), row.countOrZero("posts"));
            complaints.add(millis(hour), row.countOrZero("complaints"));
        }
        XYPlot plot = timePlot(new XYSeriesCollection(posts), zone,
                labels.get("chart.axis.posts_per_hour"));
        plot.getRenderer().setSeriesPaint(0, ChartColours.MET);
        plot.setRangeAxis(1, new NumberAxis(labels.get("chart.axis.complaints_per_hour")));
        plot.setDataset(1, new XYSeriesCollection(complaints));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, false);
        second.setSeriesPaint(0, ChartColours.COMPLAINTS);
        plot.setRenderer(1, second);
        markStatement(plot, metrics);
        return painter.render(COMPLAINTS_VERSUS_POSTS, chart(labels.format(
                "chart.complaints_vs_posts.title", metrics.incidentId()), plot, true));
    }

    /** Hours from the first mention to each milestone, beside its target. */
    public ChartImage responseMilestones(IncidentMetrics metrics) {
        return painter.render(RESPONSE_MILESTONES, chart(labels.format(
                "chart.response_milestones.title", metrics.incidentId()), milestonesPlot(metrics),
                true));
    }

    /**
     * The milestones' bars on a logarithmic hour axis from {@value #SHORTEST_HOURS} h: a review
     * compares minutes (detection, alert, the first statement against its 4 h) and weeks (fix,
     * close) in one chart, and on a linear axis the early steps vanish beside the late ones. A
     * time shorter than the axis floor (or zero) is drawn at the floor; the Response sheet has
     * the exact hours.
     */
    CategoryPlot milestonesPlot(IncidentMetrics metrics) {
        DefaultCategoryDataset hoursData = new DefaultCategoryDataset();
        DefaultCategoryDataset targetData = new DefaultCategoryDataset();
        String actual = labels.get("chart.series.hours");
        String target = labels.get("chart.series.target");
        List<Color> colours = new ArrayList<>();
        for (MetricsNode row : metrics.responseTimesByStep()) {
            String milestone = labels.value("milestone", row.requiredText("milestone"));
            hoursData.addValue(atLeastFloor(row.number("hours_from_first_mention")), actual,
                    milestone);
            targetData.addValue(atLeastFloor(row.number("target_hours")), target, milestone);
            colours.add(statusColour(row.text("target_status")));
        }
        LogAxis hours = new LogAxis(labels.get("chart.axis.hours_from_first_mention"));
        hours.setSmallestValue(SHORTEST_HOURS);
        // one tick per power of ten (0.1, 1, 10, 100 h): the unit is in log space
        hours.setAutoTickUnitSelection(false);
        hours.setTickUnit(new NumberTickUnit(1), false, false);
        hours.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.language().locale()));
        // met in one colour, missed in another, no target in grey: one bar per milestone
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int series, int column) {
                return colours.get(column);
            }
        };
        bars.setBase(SHORTEST_HOURS);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardBarPainter());
        bars.setLegendItemLabelGenerator((dataset, series) -> actual);
        CategoryPlot plot = new CategoryPlot(hoursData, new CategoryAxis(), hours, bars);
        // the targets as markers (a wide dash) on the same axis, no line between them
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Rectangle2D.Double(-14, -2, 28, 4));
        marks.setSeriesPaint(0, ChartColours.TARGET);
        plot.setDataset(1, targetData);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(milestoneLegend(actual, target));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return plot;
    }

    private LegendItemCollection milestoneLegend(String actual, String target) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(labels.get("chart.legend.met"), ChartColours.MET));
        legend.add(new LegendItem(labels.get("chart.legend.missed"), ChartColours.MISSED));
        legend.add(new LegendItem(labels.get("chart.legend.no_target"), ChartColours.NO_TARGET));
        LegendItem targets = new LegendItem(target, null, null, null,
                new Rectangle2D.Double(-8, -2, 16, 4), ChartColours.TARGET);
        legend.add(targets);
        return legend;
    }

    /** Met in one colour, late or never done in another, no target in grey. */
    static Color statusColour(String targetStatus) {
        if ("met".equals(targetStatus)) {
            return ChartColours.MET;
        }
        if ("late".equals(targetStatus) || "missing".equals(targetStatus)) {
            return ChartColours.MISSED;
        }
        return ChartColours.NO_TARGET;
    }

    private static Double atLeastFloor(Double hours) {
        return hours == null ? null : Math.max(hours, SHORTEST_HOURS);
    }

    private XYPlot timePlot(XYSeriesCollection data, ZoneOffset zone, String rangeLabel) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        return new XYPlot(data, ChartPainter.timeAxis(labels.get("chart.axis.hour"), zone,
                labels.language().locale()),
                new NumberAxis(rangeLabel), renderer);
    }

    private void markStatement(XYPlot plot, IncidentMetrics metrics) {
        MetricsNode effect = metrics.document().optionalObject("response_effect").orElse(null);
        OffsetDateTime statement = effect == null ? null : effect.instant("statement_at");
        if (statement != null) {
            plot.addDomainMarker(painter.timeMarker(millis(statement),
                    labels.get("chart.marker.first_statement"), STATEMENT));
        }
    }

    private static JFreeChart chart(String title, Plot plot, boolean legend) {
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
    }

    private static long millis(OffsetDateTime time) {
        return time.toInstant().toEpochMilli();
    }
}
