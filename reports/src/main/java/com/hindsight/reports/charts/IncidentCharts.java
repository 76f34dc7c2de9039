package com.hindsight.reports.charts;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.HourlySeries;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import java.awt.Color;
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
    static final Color STATEMENT = new Color(0xC0, 0x39, 0x2B);
    /** The floor of the milestones chart's logarithmic axis: six minutes. */
    static final double SHORTEST_HOURS = 0.1;

    private final Labels labels;
    private final ChartPainter painter;

    public IncidentCharts(Labels labels, ChartPainter painter) {
        this.labels = labels;
        this.painter = painter;
    }

    /** Posts per hour, one line per channel and one for all channels. */
    public ChartImage hourlyVolume(IncidentMetrics metrics, HourlySeries hourly) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries all = new XYSeries(labels.value("channel", "all"));
        for (int i = 0; i < hourly.size(); i++) {
            all.add(millis(hourly.hour(i)), hourly.posts(i));
        }
        data.addSeries(all);
        for (String channel : hourly.channels()) {
            XYSeries series = new XYSeries(labels.value("channel", channel));
            for (int i = 0; i < hourly.size(); i++) {
                series.add(millis(hourly.hour(i)), hourly.posts(channel, i));
            }
            data.addSeries(series);
        }
        XYPlot plot = timePlot(data, hourly.zone(), labels.get("chart.axis.posts_per_hour"));
        markStatement(plot, metrics);
        return painter.render(HOURLY_VOLUME, chart(labels.format("chart.hourly_volume.title",
                metrics.incidentId()), plot, true));
    }

    /** Negative share of the scored posts per hour; gaps where nothing was scored. */
    public ChartImage negativeShare(IncidentMetrics metrics, HourlySeries hourly) {
        XYSeries series = new XYSeries(labels.get("chart.series.negative_share"));
        for (int i = 0; i < hourly.size(); i++) {
            series.add(millis(hourly.hour(i)), hourly.negativeShare(i));
        }
        XYPlot plot = timePlot(new XYSeriesCollection(series), hourly.zone(),
                labels.get("chart.axis.negative_share"));
        NumberAxis share = (NumberAxis) plot.getRangeAxis();
        share.setRange(0, 1);
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        markStatement(plot, metrics);
        return painter.render(NEGATIVE_SHARE, chart(labels.format("chart.negative_share.title",
                metrics.incidentId()), plot, false));
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
        plot.setRangeAxis(1, new NumberAxis(labels.get("chart.axis.complaints_per_hour")));
        plot.setDataset(1, new XYSeriesCollection(complaints));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, false);
        second.setSeriesPaint(0, new Color(0xE6, 0x7E, 0x22));
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
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String actual = labels.get("chart.series.hours");
        String target = labels.get("chart.series.target");
        for (MetricsNode row : metrics.responseTimesByStep()) {
            String milestone = labels.value("milestone", row.requiredText("milestone"));
            data.addValue(atLeastFloor(row.number("hours_from_first_mention")), actual, milestone);
            data.addValue(atLeastFloor(row.number("target_hours")), target, milestone);
        }
        LogAxis hours = new LogAxis(labels.get("chart.axis.hours_from_first_mention"));
        hours.setSmallestValue(SHORTEST_HOURS);
        // one tick per power of ten (0.1, 1, 10, 100 h): the unit is in log space
        hours.setAutoTickUnitSelection(false);
        hours.setTickUnit(new NumberTickUnit(1), false, false);
        hours.setNumberFormatOverride(NumberFormat.getNumberInstance(labels.language().locale()));
        BarRenderer bars = new BarRenderer();
        bars.setBase(SHORTEST_HOURS);
        bars.setSeriesPaint(1, Color.GRAY);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), hours, bars);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return plot;
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
