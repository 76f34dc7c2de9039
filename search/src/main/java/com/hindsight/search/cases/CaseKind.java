package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** What a document of the case index stands for: one row of a warehouse table. */
public enum CaseKind {
    /** An incident of the register, with its response timeline; id = the incident id. */
    INCIDENT,
    /** A post, article or video; id = the post id. */
    POST,
    /** A customer complaint; id = the complaint id. */
    COMPLAINT,
    /** The post-incident review (复盘) of an incident; id = the incident id. */
    REVIEW;

    /** The value stored in the index and written on the command line: {@code post}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a key, in any case; an unknown key names the known ones. */
    public static CaseKind of(String key) {
        Objects.requireNonNull(key, "key is null");
        for (CaseKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.strip())) {
                return kind;
            }
        }
        throw new UserErrorException("kind \"" + key + "\" is not one of "
                + Arrays.stream(values()).map(CaseKind::key).collect(Collectors.joining(", ")));
    }
}
