package com.hindsight.playbook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A response playbook: its name, the steps every incident is expected to follow, and for some
 * categories a variant of them (already resolved: each variant is a complete list of steps).
 * {@link PlaybookFile} builds one from a file and checks it.
 */
public record Playbook(String name, List<PlaybookStep> steps,
                       Map<String, List<PlaybookStep>> categorySteps) {
    public Playbook {
        Objects.requireNonNull(name, "name is null");
        steps = List.copyOf(steps);
        categorySteps = Map.copyOf(categorySteps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a playbook needs at least one step");
        }
    }

    /** The steps an incident of {@code category} is scored against. */
    public List<PlaybookStep> stepsFor(String category) {
        List<PlaybookStep> variant = category == null ? null : categorySteps.get(category);
        return variant != null ? variant : steps;
    }

    /** The roles named by the steps for {@code category}, in step order. */
    public Set<String> rolesFor(String category) {
        Set<String> roles = new LinkedHashSet<>();
        stepsFor(category).forEach(step -> roles.add(step.role()));
        return roles;
    }
}
