package com.hindsight.cli;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

/**
 * Reads the settings of one object of a config file ({@code {...}} at the top, or a section such
 * as {@code analysis}) key by key, typed and range-checked. Each key a caller reads becomes a
 * known key; {@link #finish()} reports every other key as unknown, listing the known ones, so the
 * code that reads a section is the one place its keys are named. Problems are collected, not
 * thrown: a getter with a bad value records the problem and returns null (the setting is unset).
 * A key given as JSON {@code null} is unset too.
 */
final class ConfigSection {
    private static final double SUGGESTION_SIMILARITY = 0.75;

    private final ConfigNode node;
    private final ConfigProblems problems;
    private final Set<String> known = new LinkedHashSet<>();

    ConfigSection(ConfigNode node, ConfigProblems problems) {
        this.node = node;
        this.problems = problems;
    }

    ConfigProblems problems() {
        return problems;
    }

    /** The members of this object, in file order (for sections whose keys are data, not names). */
    Map<String, ConfigNode> members() {
        return node.members();
    }

    /** The value of {@code key}, JSON null included; null when the key is absent. */
    ConfigNode raw(String key) {
        known.add(key);
        return node.members().get(key);
    }

    /** The value of {@code key}; null when absent or JSON null. */
    ConfigNode value(String key) {
        ConfigNode value = raw(key);
        return value == null || value.isNull() ? null : value;
    }

    /** Text; {@code check} returns the reason a value is refused, or null to accept it. */
    String text(String key, Function<String, String> check) {
        return text(value(key), check);
    }

    String text(ConfigNode value, Function<String, String> check) {
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof String text)) {
            return refuse(value, "must be text, not " + value.kind() + " " + value.shown());
        }
        if (text.isBlank()) {
            return refuse(value, "must not be empty");
        }
        String reason = check.apply(text);
        return reason == null ? text : refuse(value, reason);
    }

    /** A whole number of at least {@code min}. */
    Integer whole(String key, int min) {
        return whole(value(key), min);
    }

    Integer whole(ConfigNode value, int min) {
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof BigDecimal number)) {
            return refuse(value, "must be a whole number, not " + value.kind() + " "
                    + value.shown());
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return refuse(value, "must be a whole number, not " + value.shown());
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return refuse(value, "must be a whole number from " + min + " to "
                    + Integer.MAX_VALUE + ", not " + value.shown());
        }
        return number.intValueExact();
    }

    /** A number inside {@code range}. */
    Double number(String key, NumberRange range) {
        return number(value(key), range);
    }

    Double number(ConfigNode value, NumberRange range) {
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof BigDecimal number)) {
            return refuse(value, "must be a number, not " + value.kind() + " " + value.shown());
        }
        if (!range.contains(number.doubleValue())) {
            return refuse(value, "must be " + range + ", not " + value.shown());
        }
        return number.doubleValue();
    }

    /** The object under {@code key} as a section; null when absent, JSON null or not an object. */
    ConfigSection section(String key) {
        return section(value(key));
    }

    ConfigSection section(ConfigNode value) {
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof Map)) {
            return refuse(value, "must be an object {...}, not " + value.kind() + " "
                    + value.shown());
        }
        return new ConfigSection(value, problems);
    }

    /** The items of the list under {@code key}; null when absent, JSON null or not a list. */
    List<ConfigNode> list(String key) {
        ConfigNode value = value(key);
        if (value == null) {
            return null;
        }
        if (!(value.value() instanceof List)) {
            return refuse(value, "must be a list [...], not " + value.kind() + " "
                    + value.shown());
        }
        return value.items();
    }

    /** Records a problem with {@code value} and returns null (the setting stays unset). */
    <T> T refuse(ConfigNode value, String reason) {
        problems.add(value, reason);
        return null;
    }

    /** Reports each key of this object that no getter read as unknown, naming the known ones. */
    void finish() {
        for (Map.Entry<String, ConfigNode> member : node.members().entrySet()) {
            String key = member.getKey();
            if (!known.contains(key)) {
                problems.add(member.getValue(), "unknown setting" + suggestion(key) + "; known"
                        + (node.path().isEmpty() ? "" : " in " + node.path()) + ": "
                        + String.join(", ", known));
            }
        }
    }

    /**
     * " (did you mean keep_runs?)" for the known key closest to a mistyped or shortened one
     * ({@code share} for {@code share_of_peak}), if one is close.
     */
    private String suggestion(String key) {
        LuceneLevenshteinDistance distance = new LuceneLevenshteinDistance();
        return known.stream()
                .filter(candidate -> distance.getDistance(key, candidate) >= SUGGESTION_SIMILARITY
                        || candidate.startsWith(key + "_"))
                .max(Comparator.comparingDouble(candidate -> distance.getDistance(key, candidate)))
                .map(candidate -> " (did you mean " + candidate + "?)").orElse("");
    }
}
