package com.hindsight.playbook;

import java.time.Instant;
import java.util.Objects;

/** A drill's scripted inject: a customer's call, a journalist's call, a viral post, ... */
public record Inject(String id, Instant plannedAt, String kind) {
    public Inject {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(plannedAt, "plannedAt is null");
        Objects.requireNonNull(kind, "kind is null");
    }
}
