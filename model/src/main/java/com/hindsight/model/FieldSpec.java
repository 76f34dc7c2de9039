package com.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * One field of a source table: its snake_case name, type, whether it is required, the allowed
 * values of an enum and the personal data it may hold.
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> allowedValues,
                        PiiKind pii, Double minimum, Double maximum, String defaultValue) {

    public FieldSpec {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(pii, "pii is null");
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == FieldType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("enum field " + name + " has no allowed values");
        }
        if (type != FieldType.ENUM && !allowedValues.isEmpty()) {
            throw new IllegalArgumentException("field " + name + " is not an enum but lists values");
        }
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("field name is not snake_case: " + name);
        }
        if (defaultValue != null && (required || type != FieldType.ENUM
                || !allowedValues.contains(defaultValue))) {
            throw new IllegalArgumentException("field " + name
                    + ": only an optional enum takes a default, one of its values");
        }
    }

    public static FieldSpec required(String name, FieldType type) {
        return new FieldSpec(name, type, true, null, PiiKind.NONE, null, null, null);
    }

    public static FieldSpec optional(String name, FieldType type) {
        return new FieldSpec(name, type, false, null, PiiKind.NONE, null, null, null);
    }

    public static FieldSpec requiredEnum(String name, List<String> values) {
        return new FieldSpec(name, FieldType.ENUM, true, values, PiiKind.NONE, null, null, null);
    }

    public static FieldSpec optionalEnum(String name, List<String> values) {
        return new FieldSpec(name, FieldType.ENUM, false, values, PiiKind.NONE, null, null, null);
    }

    /** The same field, marked as holding personal data of the given kind. */
    public FieldSpec withPii(PiiKind kind) {
        return new FieldSpec(name, type, required, allowedValues, kind, minimum, maximum,
                defaultValue);
    }

    /** The same numeric field, limited to [min, max] inclusive. */
    public FieldSpec withRange(double min, double max) {
        if (type != FieldType.DOUBLE && type != FieldType.LONG) {
            throw new IllegalArgumentException("range on non-numeric field " + name);
        }
        return new FieldSpec(name, type, required, allowedValues, pii, min, max, defaultValue);
    }

    /** The same optional enum field, taking {@code value} when a record leaves it out. */
    public FieldSpec withDefault(String value) {
        return new FieldSpec(name, type, required, allowedValues, pii, minimum, maximum, value);
    }
}
