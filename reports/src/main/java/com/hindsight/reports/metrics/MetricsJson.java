package com.hindsight.reports.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/** Parses a metrics document and checks its schema version and top-level keys. */
final class MetricsJson {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetricsJson() {
    }

    static MetricsNode parse(String file, byte[] json, List<String> keys) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MetricsDocumentException(file, "is not JSON (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new MetricsDocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        MetricsNode document = MetricsNode.root(file, tree);
        for (String key : keys) {
            if (!document.has(key)) {
                throw new MetricsDocumentException(file, "key \"" + key + "\" is missing");
            }
        }
        Long version = document.count("schema_version");
        if (version == null || version != SCHEMA_VERSION) {
            throw new MetricsDocumentException(file, "key \"schema_version\" is " + version
                    + ", this report reads version " + SCHEMA_VERSION + " (docs/metrics.md)");
        }
        return document;
    }
}
