package com.hindsight.reports.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.metrics.MetricsContract;
import java.io.IOException;
import java.util.List;

/** Parses a metrics document and checks its schema version and top-level keys. */
final class MetricsJson {
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
        Long version = document.count(MetricsContract.SCHEMA_VERSION_KEY);
        if (version == null || version != MetricsContract.SCHEMA_VERSION) {
            throw new MetricsDocumentException(file, "key \"schema_version\" is " + version
                    + ", this report reads version " + MetricsContract.SCHEMA_VERSION
                    + " (docs/metrics.md); rerun `hindsight analyze`");
        }
        for (String key : keys) {
            if (!document.has(key)) {
                throw new MetricsDocumentException(file, "key \"" + key + "\" is missing");
            }
        }
        return document;
    }
}
