package com.hindsight.playbook;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded action of an incident or drill.
 *
 * @param injectId the drill inject this action answers, or null
 */
public record TimelineAction(Instant at, String role, String action, String injectId) {
    public TimelineAction {
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(action, "action is null");
    }
}
