package com.hindsight.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores an incident or drill against a playbook. Each step is found by its action (whoever did
 * it); when an action was done more than once, the first time counts. Cost: linear in the
 * incident's actions and injects.
 */
public final class PlaybookScorer {
    private final Playbook playbook;

    public PlaybookScorer(Playbook playbook) {
        this.playbook = Objects.requireNonNull(playbook, "playbook is null");
    }

    public Playbook playbook() {
        return playbook;
    }

    public List<PlaybookScore> scoreAll(List<IncidentTimeline> timelines) {
        return timelines.stream().map(this::score).toList();
    }

    public PlaybookScore score(IncidentTimeline timeline) {
        Map<String, TimelineAction> firstByAction = new LinkedHashMap<>();
        Set<String> rolesThatActed = new HashSet<>();
        for (TimelineAction action : timeline.actions()) {
            firstByAction.putIfAbsent(action.action(), action);
            rolesThatActed.add(action.role());
        }
        List<PlaybookStep> expected = playbook.stepsFor(timeline.category());
        List<PlaybookScore.Step> steps = new ArrayList<>();
        Set<String> expectedActions = new HashSet<>();
        for (PlaybookStep step : expected) {
            expectedActions.add(step.action());
            steps.add(scoreStep(step, firstByAction.get(step.action()), timeline));
        }
        List<PlaybookScore.ExtraAction> extras = new ArrayList<>();
        for (TimelineAction first : firstByAction.values()) {
            if (!expectedActions.contains(first.action())) {
                extras.add(new PlaybookScore.ExtraAction(first.action(), first.role(), first.at()));
            }
        }
        List<String> silent = playbook.rolesFor(timeline.category()).stream()
                .filter(role -> !rolesThatActed.contains(role)).toList();
        List<PlaybookScore.InjectReaction> injects = timeline.injects().stream()
                .map(inject -> react(inject, timeline.actions())).toList();
        return new PlaybookScore(timeline.incidentId(), timeline.category(), playbook.name(),
                timeline.kind(), steps, extras, silent, injects);
    }

    private static PlaybookScore.Step scoreStep(PlaybookStep step, TimelineAction done,
                                                IncidentTimeline timeline) {
        if (done == null) {
            return new PlaybookScore.Step(step.action(), step.role(), step.targetHours(), null,
                    step.required() ? StepStatus.MISSED : StepStatus.NOT_REQUIRED);
        }
        double hours = hoursBetween(timeline.reference(step.from()), done.at());
        StepStatus status = hours < 0 ? StepStatus.EARLY
                : hours <= step.targetHours() ? StepStatus.MET : StepStatus.LATE;
        return new PlaybookScore.Step(step.action(), step.role(), step.targetHours(), hours,
                status);
    }

    /** The first action naming the inject, at or after any time (a bad clock is not hidden). */
    private static PlaybookScore.InjectReaction react(Inject inject, List<TimelineAction> actions) {
        Double hours = actions.stream().filter(a -> inject.id().equals(a.injectId())).findFirst()
                .map(a -> hoursBetween(inject.plannedAt(), a.at())).orElse(null);
        return new PlaybookScore.InjectReaction(inject.id(), inject.plannedAt(), hours);
    }

    /** Hours from {@code from} to {@code to}, as the metrics documents count them. */
    static double hoursBetween(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 3_600_000_000_000.0;
    }
}
