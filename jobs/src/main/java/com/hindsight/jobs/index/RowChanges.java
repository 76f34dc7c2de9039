package com.hindsight.jobs.index;

import java.util.HashMap;
import java.util.Map;

/**
 * Per kind, how many rows of an index run are new, changed or gone against the previous run's
 * rows table: counted as {@code IndexJob} streams the comparison by.
 */
final class RowChanges {
    static final String ADDED = "added";
    static final String REPLACED = "replaced";
    static final String DELETED = "deleted";

    private final Map<String, Map<String, Long>> perKind = new HashMap<>();

    void count(String kind, String change) {
        perKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(change, 1L, Long::sum);
    }

    long added(String kind) {
        return of(kind, ADDED);
    }

    long replaced(String kind) {
        return of(kind, REPLACED);
    }

    long added() {
        return total(ADDED);
    }

    long replaced() {
        return total(REPLACED);
    }

    long deleted() {
        return total(DELETED);
    }

    private long of(String kind, String change) {
        return perKind.getOrDefault(kind, Map.of()).getOrDefault(change, 0L);
    }

    private long total(String change) {
        return perKind.keySet().stream().mapToLong(kind -> of(kind, change)).sum();
    }
}
