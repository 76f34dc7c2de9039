package com.hindsight.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Labels;
import com.hindsight.reports.Language;
import com.hindsight.reports.metrics.IncidentMetrics;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The response milestones chart: minutes and weeks on one readable, logarithmic axis. */
class IncidentChartsTest {
    private final IncidentCharts charts = new IncidentCharts(Labels.of(Language.EN),
            new ChartPainter(ChartFont.installed()));

    @Test
    void milestonesUseALogarithmicHourAxisFromSixMinutes() {
        CategoryPlot plot = charts.milestonesPlot(Fixtures.incident());

        assertThat(plot.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(((LogAxis) plot.getRangeAxis()).getSmallestValue()).isEqualTo(IncidentCharts.SHORTEST_HOURS);
        CategoryDataset data = plot.getDataset();
        // the fixture's detection took 0.33 h against a 1 h target, the fix 48.31 h against 72 h
        assertThat(data.getValue("Hours", "Detected").doubleValue()).isEqualTo(0.32861111111111113);
        // the targets are markers, a second dataset on the same axis
        CategoryDataset targets = plot.getDataset(1);
        assertThat(targets.getValue("Target", "Fixed").doubleValue()).isEqualTo(72.0);
        assertThat(targets.getValue("Target", "Verified")).isNull();
    }

    @Test
    void aTimeBelowTheAxisFloorIsDrawnAtTheFloor() {
        IncidentMetrics instant = IncidentMetrics.read("INC-T-001.json", Fixtures.incidentWith(tree ->
                tree.withArray("response_times").forEach(row -> {
                    if (row.get("milestone").asText().equals("detected")) {
                        ((ObjectNode) row)
                                .put("hours_from_first_mention", 0.0);
                    }
                })));

        CategoryDataset data = charts.milestonesPlot(instant).getDataset();

        assertThat(data.getValue("Hours", "Detected").doubleValue())
                .isEqualTo(IncidentCharts.SHORTEST_HOURS);
    }

    @Test
    void rendersThePng() {
        ChartImage image = charts.responseMilestones(Fixtures.incident());

        assertThat(image.name()).isEqualTo(IncidentCharts.RESPONSE_MILESTONES);
        assertThat(image.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
