package com.hindsight.playbook;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What one incident or drill recorded, as the scorer needs it: its category and kind, when it was
 * opened, its first post, its actions and its injects. The two reference points are resolved
 * here, in one place: the first mention is the first post, or the opening time when there is no
 * post; detection is the first {@code detected} action, or the first mention when none was
 * recorded.
 *
 * @param firstPost the earliest post linked to the incident, or null
 * @param actions   in any order; sorted here by time (then action, role)
 */
public record IncidentTimeline(String incidentId, String category, String kind, Instant openedAt,
                               Instant firstPost, List<TimelineAction> actions,
                               List<Inject> injects) {
    public static final String DETECTED_ACTION = "detected";

    public IncidentTimeline {
        Objects.requireNonNull(incidentId, "incidentId is null");
        Objects.requireNonNull(openedAt, "openedAt is null");
        kind = kind == null ? "real" : kind;
        actions = actions.stream().sorted(Comparator.comparing(TimelineAction::at)
                .thenComparing(TimelineAction::action).thenComparing(TimelineAction::role)).toList();
        injects = injects.stream().sorted(Comparator.comparing(Inject::plannedAt)
                .thenComparing(Inject::id)).toList();
    }

    public Instant firstMention() {
        return firstPost != null ? firstPost : openedAt;
    }

    public Instant detected() {
        return actions.stream().filter(a -> a.action().equals(DETECTED_ACTION))
                .map(TimelineAction::at).findFirst().orElse(firstMention());
    }

    public Instant reference(Reference reference) {
        return switch (reference) {
            case FIRST_MENTION -> firstMention();
            case DETECTED -> detected();
        };
    }
}
