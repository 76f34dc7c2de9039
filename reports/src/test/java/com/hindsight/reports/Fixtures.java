package com.hindsight.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.PortfolioMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The hand-made metrics documents of the tests (src/test/resources/metrics). */
public final class Fixtures {
    public static final String INCIDENT = "INC-T-001.json";
    public static final String PORTFOLIO = "portfolio.json";
    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/metrics/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(String name) {
        try {
            return (ObjectNode) JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The incident fixture, changed by {@code edit}, as bytes. */
    public static byte[] incidentWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = tree(INCIDENT);
        edit.accept(tree);
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IncidentMetrics incident() {
        return IncidentMetrics.read("metrics/" + INCIDENT, bytes(INCIDENT));
    }

    public static PortfolioMetrics portfolio() {
        return PortfolioMetrics.read("metrics/" + PORTFOLIO, bytes(PORTFOLIO));
    }
}
