package com.hindsight.core.metrics;

import java.util.Optional;

/**
 * The steps of a response the review times from the first mention. Each is found in the actions
 * timeline (its action code); the first statement is also found among official posts, and the
 * earlier of the two counts. "Subsided" comes from the spread metrics, not from an action.
 */
public enum Milestone {
    DETECTED("detected"),
    ALERT("alert"),
    VERIFIED("verified"),
    PLAN_ACTIVATED("plan_activated"),
    FIRST_STATEMENT("statement"),
    REGULATOR_INFORMED("regulator_informed"),
    ROOT_CAUSE_FOUND("root_cause_found"),
    FIXED("fixed"),
    CLOSED("closed"),
    SUBSIDED(null);

    private final String action;

    Milestone(String action) {
        this.action = action;
    }

    /** The action code of the timeline that marks this milestone, if it has one. */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** The snake_case name used in tables and JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
