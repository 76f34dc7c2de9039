package com.hindsight.playbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drills against real incidents of the same category, step by step: for each category that had
 * a drill and each step of its playbook, how many drills and real incidents did the step, how
 * many met the target, and the median hours (over those that did it; the mean of the two middle
 * values for an even count). "First statement: drills median 1.5 h, real incidents median
 * 5.2 h".
 */
public final class DrillComparison {
    private DrillComparison() {
    }

    /**
     * One step of one category.
     *
     * @param step         the step's number in the category's playbook, from 1
     * @param drills       drills of the category
     * @param drillsDone   drills that did the step
     * @param drillsMet    drills that met its target
     * @param drillMedian  median hours over the drills that did it, null when none did
     */
    public record Row(String category, int step, String action, String role, double targetHours,
                      int drills, int drillsDone, int drillsMet, Double drillMedian,
                      int real, int realDone, int realMet, Double realMedian) {
    }

    /** The rows, by category name, then in the playbook's step order. */
    public static List<Row> of(Collection<PlaybookScore> scores) {
        Map<String, List<PlaybookScore>> byCategory = new TreeMap<>();
        for (PlaybookScore score : scores) {
            byCategory.computeIfAbsent(String.valueOf(score.category()), c -> new ArrayList<>())
                    .add(score);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<PlaybookScore>> category : byCategory.entrySet()) {
            List<PlaybookScore> drills = category.getValue().stream()
                    .filter(PlaybookScore::isDrill).toList();
            if (drills.isEmpty()) {
                continue;
            }
            List<PlaybookScore> real = category.getValue().stream()
                    .filter(score -> !score.isDrill()).toList();
            Map<String, PlaybookScore.Step> order = new LinkedHashMap<>();
            drills.get(0).steps().forEach(step -> order.put(step.action(), step));
            int number = 0;
            for (PlaybookScore.Step step : order.values()) {
                number++;
                Tally drill = Tally.of(drills, step.action());
                Tally actual = Tally.of(real, step.action());
                rows.add(new Row(category.getKey(), number, step.action(), step.role(),
                        step.targetHours(), drills.size(), drill.done.size(), drill.met,
                        median(drill.done), real.size(), actual.done.size(), actual.met,
                        median(actual.done)));
            }
        }
        return rows;
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private record Tally(List<Double> done, int met) {
        static Tally of(List<PlaybookScore> scores, String action) {
            List<Double> done = new ArrayList<>();
            int met = 0;
            for (PlaybookScore score : scores) {
                for (PlaybookScore.Step step : score.steps()) {
                    if (step.action().equals(action) && step.hours() != null) {
                        done.add(step.hours());
                        met += step.status() == StepStatus.MET ? 1 : 0;
                    }
                }
            }
            return new Tally(done, met);
        }
    }
}
