package com.hindsight.reports.charts;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.metrics.PortfolioMetrics;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The portfolio's charts: severity ranking, and hours to the first statement per incident. */
public final class PortfolioCharts {
    public static final String SEVERITY_RANKING = "severity-ranking";
    public static final String FIRST_STATEMENT_HOURS = "first-statement-hours";
    /** Beyond this many incidents their ids overlap into a smear under the bars. */
    static final int MAX_LABELLED_INCIDENTS = 40;

    private final Labels labels;
    private final ChartPainter painter;

    public PortfolioCharts(Labels labels, ChartPainter painter) {
        this.labels = labels;
        this.painter = painter;
    }

    /** Severity per incident, most severe first (the ranking's order). */
    public ChartImage severityRanking(PortfolioMetrics portfolio) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.get("chart.series.severity");
        for (MetricsNode row : portfolio.document().list("severity_ranking")) {
            data.addValue(row.number("severity"), series, row.requiredText("incident_id"));
        }
        CategoryPlot plot = barPlot(data, labels.get("chart.axis.severity"));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        return painter.render(SEVERITY_RANKING, new JFreeChart(
                labels.get("chart.severity_ranking.title"), JFreeChart.DEFAULT_TITLE_FONT, plot,
                false));
    }

    /** Hours from first mention to the first statement per incident, in opening order. */
    public ChartImage firstStatementHours(PortfolioMetrics portfolio, double targetHours) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = labels.get("chart.series.first_statement_hours");
        for (MetricsNode row : portfolio.document().list("response_trends")) {
            data.addValue(row.number("first_statement_hours"), series,
                    row.requiredText("incident_id"));
        }
        CategoryPlot plot = barPlot(data, labels.get("chart.axis.hours_from_first_mention"));
        // met in one colour, missed (late or never) in another, as every chart
        List<Color> colours = new ArrayList<>();
        for (MetricsNode row : portfolio.document().list("response_trends")) {
            Double hours = row.number("first_statement_hours");
            colours.add(hours != null && hours <= targetHours ? ChartColours.MET
                    : ChartColours.MISSED);
        }
        BarRenderer byStatus = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int series, int column) {
                return colours.get(column);
            }
        };
        byStatus.setShadowVisible(false);
        byStatus.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.setRenderer(byStatus);
        plot.addRangeMarker(painter.targetMarker(targetHours,
                labels.format("chart.marker.target_hours", format(targetHours)),
                IncidentCharts.STATEMENT));
        return painter.render(FIRST_STATEMENT_HOURS, new JFreeChart(
                labels.get("chart.first_statement_hours.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false));
    }

    private static String format(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    private CategoryPlot barPlot(DefaultCategoryDataset data, String rangeLabel) {
        CategoryAxis incidents = new CategoryAxis();
        incidents.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        if (data.getColumnCount() > MAX_LABELLED_INCIDENTS) {
            // the sheet beside the chart lists the incidents in the same order
            incidents.setTickLabelsVisible(false);
            incidents.setLabel(labels.format("chart.axis.incidents", data.getColumnCount()));
        }
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ChartColours.MET);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(data, incidents, new NumberAxis(rangeLabel), bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return plot;
    }
}
