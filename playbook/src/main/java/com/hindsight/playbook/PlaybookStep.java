package com.hindsight.playbook;

import java.util.Objects;

/**
 * One expected step: {@code role} does {@code action} within {@code targetHours} of
 * {@code from}. A step that is not required is scored {@code not_required} when nobody did it.
 */
public record PlaybookStep(String action, String role, Reference from, double targetHours,
                           boolean required) {
    public PlaybookStep {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(from, "from is null");
        if (!(targetHours >= 0) || Double.isInfinite(targetHours)) {
            throw new IllegalArgumentException("targetHours must be 0 or more: " + targetHours);
        }
    }
}
