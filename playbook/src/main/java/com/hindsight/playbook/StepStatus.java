package com.hindsight.playbook;

import java.util.Locale;

/** How a playbook step went (docs/playbooks.md, "Statuses"). */
public enum StepStatus {
    /** Done between the reference point and the target. */
    MET,
    /** Done after the target. */
    LATE,
    /** Done before its reference point, e.g. a statement before the first post. */
    EARLY,
    /** Required and never done. */
    MISSED,
    /** Not required and not done. */
    NOT_REQUIRED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StepStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
