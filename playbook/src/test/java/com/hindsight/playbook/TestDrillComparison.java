package com.hindsight.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestDrillComparison {
    private static PlaybookScore score(String id, String category, String kind, Double statementHours,
                                       StepStatus status) {
        return new PlaybookScore(id, category, "test", kind, List.of(
                new PlaybookScore.Step("statement", "pr", 4, statementHours, status),
                new PlaybookScore.Step("closed", "management", 336, null, StepStatus.MISSED)),
                List.of(), List.of(), List.of());
    }

    @Test
    void comparesDrillsWithRealIncidentsOfTheSameCategoryStepByStep() {
        List<DrillComparison.Row> rows = DrillComparison.of(List.of(
                score("D1", "system_failure", "drill", 1.0, StepStatus.MET),
                score("D2", "system_failure", "drill", 2.0, StepStatus.MET),
                score("R1", "system_failure", "real", 5.0, StepStatus.LATE),
                score("R2", "system_failure", "real", 7.0, StepStatus.LATE),
                score("R3", "system_failure", "real", 3.5, StepStatus.MET),
                score("R4", "system_failure", "real", null, StepStatus.MISSED),
                // another category without a drill: nothing to compare
                score("R5", "data_leak", "real", 2.0, StepStatus.MET)));

        assertThat(rows).containsExactly(
                // drills: median of 1.0 and 2.0 = 1.5; real: median of 3.5, 5.0, 7.0 = 5.0
                new DrillComparison.Row("system_failure", 1, "statement", "pr", 4, 2, 2, 2, 1.5,
                        4, 3, 1, 5.0),
                new DrillComparison.Row("system_failure", 2, "closed", "management", 336, 2, 0, 0,
                        null, 4, 0, 0, null));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(DrillComparison.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(DrillComparison.median(List.of(-1.0))).isEqualTo(-1.0);
        assertThat(DrillComparison.median(List.of())).isNull();
    }
}
