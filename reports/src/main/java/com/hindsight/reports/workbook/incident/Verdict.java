package com.hindsight.reports.workbook.incident;

import com.hindsight.reports.Labels;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The brief's verdict in words, generated from the metrics document: how fast the bank spoke
 * against its target and what the negative share did after; how the storm grew and ended; which
 * targets were missed. Every number is the document's, rounded for reading.
 */
final class Verdict {
    private Verdict() {
    }

    static List<String> sentences(Labels labels, IncidentMetrics metrics) {
        List<String> sentences = new ArrayList<>();
        sentences.add(response(labels, metrics));
        String spread = spread(labels, metrics);
        if (spread != null) {
            sentences.add(spread);
        }
        sentences.add(missed(labels, metrics));
        return sentences;
    }

    /** "首次声明用时 2.3 小时，达到 4 小时目标；声明后 6 小时负面占比由 62% 降至 45%。" */
    static String response(Labels labels, IncidentMetrics metrics) {
        MetricsNode statement = ResponseSheet.firstStatement(metrics);
        Double hours = statement.number("hours_from_first_mention");
        Double target = statement.number("target_hours");
        if (hours == null) {
            return target == null ? labels.get("verdict.no_statement")
                    : labels.format("verdict.no_statement_target", number(target));
        }
        String first = target == null ? labels.format("verdict.statement", number(hours))
                : labels.format(hours <= target ? "verdict.statement_met" : "verdict.statement_missed",
                number(hours), number(target));
        MetricsNode effect = metrics.document().objectOrEmpty("response_effect");
        Double before = effect.number("negative_share_before");
        Double after = effect.number("negative_share_after");
        Long window = effect.count("window_hours");
        if (before == null || after == null || window == null) {
            return first + labels.get("verdict.end");
        }
        return first + labels.format(after < before ? "verdict.negative_fell"
                : after > before ? "verdict.negative_rose" : "verdict.negative_same",
                window, percent(before), percent(after)) + labels.get("verdict.end");
    }

    /** "Posts peaked 7.0 hours after the first mention at 210 an hour and subsided ..." */
    static String spread(Labels labels, IncidentMetrics metrics) {
        MetricsNode spread = metrics.document().optionalObject("spread").orElse(null);
        if (spread == null) {
            return null;
        }
        Long complaints = metrics.document().objectOrEmpty("complaint_media_peaks")
                .count("complaints");
        Double toSubside = spread.number("time_to_subside_hours");
        String subsided = toSubside == null ? labels.get("verdict.not_subsided")
                : labels.format("verdict.subsided", number(toSubside));
        return labels.format("verdict.spread", number(spread.number("time_to_peak_hours")),
                count(spread.count("peak_posts")), subsided, count(spread.count("total_posts")),
                count(complaints == null ? 0L : complaints));
    }

    /** "Missed: closed (456.3 hours against 336)." or "Every milestone with a target was met." */
    static String missed(Labels labels, IncidentMetrics metrics) {
        List<String> missed = new ArrayList<>();
        for (MetricsNode row : metrics.responseTimesByStep()) {
            String status = row.text("target_status");
            String milestone = labels.value("milestone", row.text("milestone"));
            if ("late".equals(status)) {
                missed.add(labels.format("verdict.missed_late", milestone,
                        number(row.number("hours_from_first_mention")),
                        number(row.number("target_hours"))));
            } else if ("missing".equals(status)) {
                missed.add(labels.format("verdict.missed_never", milestone,
                        number(row.number("target_hours"))));
            }
        }
        if (missed.isEmpty()) {
            return labels.get("verdict.all_met");
        }
        return labels.format("verdict.missed", String.join(labels.get("verdict.separator"),
                missed));
    }

    /** Hours for reading: one decimal, without a trailing .0 for whole targets. */
    static String number(Double value) {
        if (value == null) {
            return "?";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e6
                ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(Double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String count(Long value) {
        return value == null ? "?" : String.format(Locale.ROOT, "%,d", value);
    }
}
