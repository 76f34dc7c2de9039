package com.hindsight.sample;

import com.hindsight.model.Vocabulary;
import java.util.List;

/** Enum values the generator writes, each checked once against {@link Vocabulary}. */
final class Vocab {
    private Vocab() {
    }

    static String action(String value) {
        return check(Vocabulary.ACTION_TYPES, value, "action");
    }

    static String role(String value) {
        return check(Vocabulary.ACTION_ROLES, value, "role");
    }

    static String outcome(String value) {
        return check(Vocabulary.COMPLAINT_OUTCOMES, value, "complaint outcome");
    }

    private static String check(List<String> allowed, String value, String what) {
        if (!allowed.contains(value)) {
            throw new IllegalStateException(what + " " + value + " is not in the vocabulary " + allowed);
        }
        return value;
    }
}
