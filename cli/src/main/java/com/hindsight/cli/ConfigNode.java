package com.hindsight.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One value of a config file with where it stands: its key path ({@code analysis.alert_rules[1]
 * .min_negative_share}) and the line it is on, so that every problem with it can name both.
 *
 * @param path  the key path from the top of the file; empty for the top object
 * @param line  the line of the value (1-based)
 * @param value a {@code Map<String, ConfigNode>} (a JSON object, in file order), a
 *              {@code List<ConfigNode>}, a String, a BigDecimal, a Boolean, or null (JSON null)
 */
record ConfigNode(String path, int line, Object value) {

    boolean isNull() {
        return value == null;
    }

    /** The members of an object node; call only when {@link #kind()} is "an object". */
    @SuppressWarnings("unchecked")
    Map<String, ConfigNode> members() {
        return (Map<String, ConfigNode>) value;
    }

    /** The items of a list node; call only when {@link #kind()} is "a list". */
    @SuppressWarnings("unchecked")
    List<ConfigNode> items() {
        return (List<ConfigNode>) value;
    }

    /** What the value is, as an error message says it: "a number", "text", "an object", ... */
    String kind() {
        if (value == null) {
            return "null";
        } else if (value instanceof Map) {
            return "an object";
        } else if (value instanceof List) {
            return "a list";
        } else if (value instanceof String) {
            return "text";
        } else if (value instanceof BigDecimal) {
            return "a number";
        }
        return "true/false";
    }

    /** The value as the file has it, for error messages: {@code "UTC"}, {@code 1.5}, {@code [...]}. */
    String shown() {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        } else if (value instanceof BigDecimal number) {
            return number.toPlainString();
        } else if (value instanceof Map) {
            return "{...}";
        } else if (value instanceof List) {
            return "[...]";
        }
        return String.valueOf(value);
    }

    /** The key path of member {@code key} of this object. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The key path of item {@code index} of this list. */
    String item(int index) {
        return path + "[" + index + "]";
    }
}
