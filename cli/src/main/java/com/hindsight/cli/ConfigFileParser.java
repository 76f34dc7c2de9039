package com.hindsight.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a config file into {@link ConfigNode}s that know their line and key path. Jackson's tree
 * model forgets where a value was, and a setting out of range must be reported with its line, so
 * the tree is built here from the token stream. A file that is not JSON, not one object, or gives
 * a key twice is a user error naming the file and the line.
 */
final class ConfigFileParser {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final JsonParser parser;

    private ConfigFileParser(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The top object of {@code file}. */
    static ConfigNode parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserErrorException("config file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try (JsonParser parser = JSON.createParser(bytes)) {
            ConfigFileParser reader = new ConfigFileParser(file, parser);
            if (parser.nextToken() == null) {
                throw reader.error(1, "the file is empty; it must hold one JSON object {...}");
            }
            ConfigNode top = reader.value("");
            if (!(top.value() instanceof Map)) {
                throw reader.error(top.line(), "the settings must be one JSON object {...}, not "
                        + top.kind());
            }
            if (parser.nextToken() != null) {
                throw reader.error(reader.line(), "more after the end of the settings object");
            }
            return top;
        } catch (JsonProcessingException e) {
            throw new UserErrorException("config file " + file + " line "
                    + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserErrorException("config file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The value whose first token the parser is on. */
    private ConfigNode value(String path) throws IOException {
        int line = line();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(path, line);
            case START_ARRAY -> list(path, line);
            case VALUE_STRING -> new ConfigNode(path, line, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new ConfigNode(path, line, parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> new ConfigNode(path, line, parser.getBooleanValue());
            case VALUE_NULL -> new ConfigNode(path, line, null);
            default -> throw error(line, "unexpected " + token);
        };
    }

    private ConfigNode object(String path, int line) throws IOException {
        Map<String, ConfigNode> members = new LinkedHashMap<>();
        ConfigNode node = new ConfigNode(path, line, members);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line();
            parser.nextToken();
            ConfigNode member = value(node.child(key));
            ConfigNode earlier = members.putIfAbsent(key, member);
            if (earlier != null) {
                throw error(keyLine, node.child(key) + ": given twice (first on line "
                        + earlier.line() + ")");
            }
        }
        return node;
    }

    private ConfigNode list(String path, int line) throws IOException {
        List<ConfigNode> items = new ArrayList<>();
        ConfigNode node = new ConfigNode(path, line, items);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(node.item(items.size())));
        }
        return node;
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private UserErrorException error(int line, String reason) {
        return new UserErrorException("config file " + file + " line " + line + ": " + reason);
    }
}
