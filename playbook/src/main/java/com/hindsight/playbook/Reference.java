package com.hindsight.playbook;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The point a playbook step's target is measured from. */
public enum Reference {
    /** The first post about the incident (a drill without posts: when it was opened). */
    FIRST_MENTION,
    /** The first {@code detected} action (none recorded: the first mention). */
    DETECTED;

    /** The snake_case name a playbook file uses. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Reference> of(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Reference::key).toList();
    }
}
