package com.hindsight.reports.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed, checked access to one object of a metrics document. Every key must be present (the
 * documents write absent values as null, so a missing key means a document of another shape);
 * its value may be null. A wrong type or a missing key fails with the file and the key's path,
 * e.g. {@code metrics/INC-2024-001.json: key "spread.peak_posts" is missing}.
 */
public final class MetricsNode {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final boolean empty;

    private MetricsNode(String file, String path, JsonNode node) {
        this(file, path, node, false);
    }

    private MetricsNode(String file, String path, JsonNode node, boolean empty) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.empty = empty;
    }

    static MetricsNode root(String file, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new MetricsDocumentException(file, "is not a JSON object");
        }
        return new MetricsNode(file, "", node);
    }

    public String file() {
        return file;
    }

    /** True when the key is present in this object (null or not). */
    public boolean has(String key) {
        return node.has(key);
    }

    /** A required object; null is an error. */
    public MetricsNode object(String key) {
        return optionalObject(key).orElseThrow(() -> problem(key, "is null, expected an object"));
    }

    /** An object that may be null (e.g. {@code review} of an incident not yet reviewed). */
    public Optional<MetricsNode> optionalObject(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw problem(key, "is " + value.getNodeType() + ", expected an object");
        }
        return Optional.of(new MetricsNode(file, pathOf(key), value));
    }

    /**
     * An object that may be null, read as one whose every key is null: for a section that is
     * absent as a whole (the spread of an incident without posts), so its rows show empty cells.
     */
    public MetricsNode objectOrEmpty(String key) {
        return optionalObject(key).orElseGet(() -> emptyObject(key));
    }

    /** An object whose every key reads as null, for a row that does not exist. */
    public MetricsNode emptyObject(String key) {
        return new MetricsNode(file, pathOf(key),
                JsonNodeFactory.instance.objectNode(), true);
    }

    /** The objects of a list; a null list is empty. */
    public List<MetricsNode> list(String key) {
        JsonNode value = array(key);
        List<MetricsNode> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!item.isObject()) {
                throw new MetricsDocumentException(file, "key \"" + itemPath + "\" is "
                        + item.getNodeType() + ", expected an object");
            }
            items.add(new MetricsNode(file, itemPath, item));
        }
        return items;
    }

    /** The texts of a list of strings; a null list is empty. */
    public List<String> texts(String key) {
        JsonNode value = array(key);
        List<String> texts = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw problem(key, "holds " + item.getNodeType() + ", expected strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** A text, or null. */
    public String text(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw problem(key, "is " + value.getNodeType() + ", expected a string");
        }
        return value.asText();
    }

    /** A text that must not be null. */
    public String requiredText(String key) {
        String text = text(key);
        if (text == null) {
            throw problem(key, "is null, expected a string");
        }
        return text;
    }

    /** A number, or null. */
    public Double number(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw problem(key, "is " + describe(value) + ", expected a number");
        }
        return value.asDouble();
    }

    /** A whole number, or null. */
    public Long count(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw problem(key, "is " + describe(value) + ", expected a whole number");
        }
        return value.asLong();
    }

    /** A whole number where null means none, e.g. posts in an hour: null reads as 0. */
    public long countOrZero(String key) {
        Long count = count(key);
        return count == null ? 0 : count;
    }

    /** A boolean, or null. */
    public Boolean flag(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw problem(key, "is " + describe(value) + ", expected true or false");
        }
        return value.asBoolean();
    }

    /** An ISO-8601 timestamp with offset ({@code 2024-02-17T12:30:26+08:00}), or null. */
    public OffsetDateTime instant(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(key, "is \"" + text + "\", expected a timestamp like"
                    + " 2024-02-17T12:30:26+08:00");
        }
    }

    /** A date that must not be null ({@code yyyy-MM-dd}). */
    public LocalDate requiredDate(String key) {
        LocalDate date = date(key);
        if (date == null) {
            throw problem(key, "is null, expected a date yyyy-MM-dd");
        }
        return date;
    }

    /** A date ({@code yyyy-MM-dd}), or null. */
    public LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(key, "is \"" + text + "\", expected a date yyyy-MM-dd");
        }
    }

    private JsonNode array(String key) {
        JsonNode value = value(key);
        if (value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw problem(key, "is " + value.getNodeType() + ", expected a list");
        }
        return value;
    }

    private JsonNode value(String key) {
        JsonNode value = node.get(key);
        if (value == null && empty) {
            return NullNode.getInstance();
        }
        if (value == null) {
            throw problem(key, "is missing");
        }
        return value;
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "\"" + value.asText() + "\"" : value.getNodeType().toString();
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private MetricsDocumentException problem(String key, String what) {
        return new MetricsDocumentException(file, "key \"" + pathOf(key) + "\" " + what);
    }
}
