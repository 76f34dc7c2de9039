package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import com.hindsight.reports.workbook.ComplaintSlaTable;
import com.hindsight.reports.workbook.SheetTable;
import com.hindsight.reports.workbook.WorkbookContext;
import java.util.List;

/**
 * Sheet "Complaints": complaints against the media peak (peaks and their lag) on the left, the
 * service levels by channel, branch, product and month beside it.
 */
final class ComplaintsSheet {
    private ComplaintsSheet() {
    }

    static void write(WorkbookContext context, IncidentMetrics metrics) {
        Labels labels = context.labels();
        var sheet = context.sheet("complaints");
        MetricsNode peaks = metrics.document().objectOrEmpty("complaint_media_peaks");
        SheetTable peakTable = context.table(sheet, 0, List.of(
                context.column("peaks.metric", 30), context.column("header.value", 17)));
        peakTable.row().text(labels.get("peaks.posts")).count(peaks.count("posts"));
        peakTable.row().text(labels.get("peaks.complaints")).count(peaks.count("complaints"));
        peakTable.row().text(labels.get("peaks.media_peak_hour"))
                .dateTime(peaks.instant("media_peak_hour"));
        peakTable.row().text(labels.get("peaks.media_peak_posts"))
                .count(peaks.count("media_peak_posts"));
        peakTable.row().text(labels.get("peaks.complaint_peak_hour"))
                .dateTime(peaks.instant("complaint_peak_hour"));
        peakTable.row().text(labels.get("peaks.complaint_peak_complaints"))
                .count(peaks.count("complaint_peak_complaints"));
        peakTable.row().text(labels.get("peaks.peak_lag_hours"))
                .decimal(peaks.number("peak_lag_hours"));

        ComplaintSlaTable.write(context, sheet, 3, metrics.document().list("complaint_sla"))
                .autoFilter();
    }
}
