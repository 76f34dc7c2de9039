package com.hindsight.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One incident or drill scored against a playbook: the {@code playbook} section of its metrics
 * document (docs/playbooks.md).
 *
 * @param playbook     the playbook's name
 * @param kind         {@code real} or {@code drill}
 * @param steps        one per playbook step, in the playbook's order
 * @param extraActions actions done that the playbook lacks, the first of each, in time order
 * @param silentRoles  roles the playbook names that recorded no action at all
 * @param injects      one per inject of a drill, in planned order
 */
public record PlaybookScore(String incidentId, String category, String playbook, String kind,
                            List<Step> steps, List<ExtraAction> extraActions,
                            List<String> silentRoles, List<InjectReaction> injects) {
    public PlaybookScore {
        Objects.requireNonNull(incidentId, "incidentId is null");
        Objects.requireNonNull(playbook, "playbook is null");
        Objects.requireNonNull(kind, "kind is null");
        steps = List.copyOf(steps);
        extraActions = List.copyOf(extraActions);
        silentRoles = List.copyOf(silentRoles);
        injects = List.copyOf(injects);
    }

    public boolean isDrill() {
        return "drill".equals(kind);
    }

    public long count(StepStatus status) {
        return steps.stream().filter(step -> step.status() == status).count();
    }

    public long answeredInjects() {
        return injects.stream().filter(InjectReaction::answered).count();
    }

    /**
     * A step and how it went.
     *
     * @param hours hours from the step's reference point to the first time it was done (negative:
     *              before it), null when it was not done
     */
    public record Step(String action, String role, double targetHours, Double hours,
                       StepStatus status) {
        public Step {
            Objects.requireNonNull(action, "action is null");
            Objects.requireNonNull(status, "status is null");
        }

        /** Hours past the target for a late step, else null. */
        public Double hoursLate() {
            return status == StepStatus.LATE ? hours - targetHours : null;
        }
    }

    /** The first time an action the playbook lacks was done. */
    public record ExtraAction(String action, String role, Instant at) {
    }

    /**
     * An inject and the team's first reaction to it: the first action naming it.
     *
     * @param reactionHours hours from the planned time to that action, null when unanswered
     */
    public record InjectReaction(String injectId, Instant plannedAt, Double reactionHours) {
        public static final String ANSWERED = "answered";
        public static final String UNANSWERED = "unanswered";

        public boolean answered() {
            return reactionHours != null;
        }

        public String status() {
            return answered() ? ANSWERED : UNANSWERED;
        }
    }
}
