package com.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.playbook.DrillComparison;
import com.hindsight.playbook.PlaybookJson;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.StepStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code hindsight playbook} prints: per incident its steps, then drills versus real. */
final class PlaybookReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PrintWriter out;
    private final ZoneId zone;

    PlaybookReport(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void print(String playbook, String source, List<PlaybookScore> scores,
               List<DrillComparison.Row> comparison) {
        out.printf("playbook %s, %s%n", playbook, source);
        for (PlaybookScore score : scores) {
            out.println();
            printScore(score);
        }
        out.println();
        printComparison(comparison);
        out.flush();
    }

    private void printScore(PlaybookScore score) {
        out.printf(Locale.ROOT, "%s  %s  %s: %d met, %d late, %d early, %d missed%n",
                score.incidentId(), score.kind(), score.category(), score.count(StepStatus.MET),
                score.count(StepStatus.LATE), score.count(StepStatus.EARLY),
                score.count(StepStatus.MISSED));
        out.printf(Locale.ROOT, "  %-19s %-17s %8s %9s  %s%n", "step", "role", "target", "hours",
                "status");
        for (PlaybookScore.Step step : score.steps()) {
            out.printf(Locale.ROOT, "  %-19s %-17s %8s %9s  %s%n", step.action(), step.role(),
                    hours(step.targetHours()), step.hours() == null ? "-" : hours(step.hours()),
                    status(step));
        }
        if (!score.extraActions().isEmpty()) {
            out.println("  done, not in the playbook: " + score.extraActions().stream()
                    .map(extra -> extra.action() + " (" + extra.role() + ", " + time(extra.at())
                            + ")").collect(Collectors.joining("; ")));
        }
        if (!score.silentRoles().isEmpty()) {
            out.println("  roles that never acted: " + String.join(", ", score.silentRoles()));
        }
        if (!score.injects().isEmpty()) {
            out.printf(Locale.ROOT, "  injects: %d of %d answered%n", score.answeredInjects(),
                    score.injects().size());
            for (PlaybookScore.InjectReaction inject : score.injects()) {
                out.printf(Locale.ROOT, "    %-14s planned %s  %s%n", inject.injectId(),
                        time(inject.plannedAt()), inject.answered()
                                ? "first reaction after " + hours(inject.reactionHours())
                                : "unanswered");
            }
        }
    }

    private void printComparison(List<DrillComparison.Row> rows) {
        if (rows.isEmpty()) {
            out.println("drills versus real incidents: no drill to compare");
            return;
        }
        out.println("drills versus real incidents of the same category (hours from the step's"
                + " reference point: median of those that did it; done and met of all)");
        String category = null;
        for (DrillComparison.Row row : rows) {
            if (!row.category().equals(category)) {
                category = row.category();
                out.printf(Locale.ROOT, "%s: %d drill%s, %d real incident%s%n", category,
                        row.drills(), row.drills() == 1 ? "" : "s", row.real(),
                        row.real() == 1 ? "" : "s");
                out.printf(Locale.ROOT, "  %-19s %8s   %-9s %5s %4s   %-9s %5s %4s%n", "",
                        "", "drills:", "", "", "real:", "", "");
                out.printf(Locale.ROOT, "  %-19s %8s   %9s %5s %4s   %9s %5s %4s%n", "step",
                        "target", "median", "done", "met", "median", "done", "met");
            }
            out.printf(Locale.ROOT, "  %-19s %8s   %s   %s%n", row.action(),
                    hours(row.targetHours()), side(row.drillMedian(), row.drillsDone(),
                            row.drillsMet(), row.drills()),
                    side(row.realMedian(), row.realDone(), row.realMet(), row.real()));
        }
    }

    void printJson(String playbook, String analyzeRun, Path playbookFile,
                   List<PlaybookScore> scores, List<DrillComparison.Row> comparison) {
        ObjectNode root = JSON.createObjectNode();
        root.put("analyze_run", analyzeRun);
        root.put("playbook", playbook);
        root.put("playbook_file", playbookFile == null ? null : playbookFile.toString());
        ArrayNode incidents = root.putArray("incidents");
        for (PlaybookScore score : scores) {
            ObjectNode node = incidents.addObject();
            node.put("incident_id", score.incidentId());
            node.put("category", score.category());
            node.setAll(PlaybookJson.section(score, zone));
        }
        root.set("drills_vs_real", JSON.valueToTree(comparison.stream().map(row -> {
            ObjectNode node = JSON.createObjectNode();
            node.put("category", row.category()).put("step", row.step())
                    .put("action", row.action()).put("role", row.role())
                    .put("target_hours", row.targetHours()).put("drills", row.drills())
                    .put("drills_done", row.drillsDone()).put("drills_met", row.drillsMet())
                    .put("drill_median_hours", row.drillMedian()).put("real", row.real())
                    .put("real_done", row.realDone()).put("real_met", row.realMet())
                    .put("real_median_hours", row.realMedian());
            return node;
        }).toList()));
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static String status(PlaybookScore.Step step) {
        return switch (step.status()) {
            case LATE -> "late by " + hours(step.hoursLate());
            case EARLY -> "early (before its reference point)";
            case NOT_REQUIRED -> "not required, not done";
            default -> step.status().key();
        };
    }

    private static String side(Double median, int done, int met, int of) {
        return String.format(Locale.ROOT, "%9s %5s %4d", median == null ? "-" : hours(median),
                done + "/" + of, met);
    }

    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f h", hours);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
