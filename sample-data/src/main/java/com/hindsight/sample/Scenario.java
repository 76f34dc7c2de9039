package com.hindsight.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an archive holds: the sample (real incidents and one drill), or the drill alone. */
public enum Scenario {
    /** Incidents of every category at several banks, plus the Huarui drill. */
    SAMPLE,
    /** Only the Huarui Bank drill ({@link HuaruiDrill}): its register row, injects, actions, posts, complaints. */
    HUARUI_DRILL;

    /** The name {@code hindsight generate --scenario} takes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Scenario> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Scenario::key).toList();
    }
}
