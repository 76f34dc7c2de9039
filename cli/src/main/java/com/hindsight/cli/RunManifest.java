package com.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What one command did to a warehouse, kept with the runs as {@code _runs/<time>-<command>.json}:
 * when, the outcome and exit code, per stage the run published, its seconds and its whole
 * summary (inputs read, counts, quarantine, documents, workbooks), and the versions that ran.
 * Written at the end of every command that took the warehouse's lock, failed or not.
 */
final class RunManifest {
    /** Manifests kept per warehouse: a month of nightly runs and the odd manual one. */
    static final int KEEP = 60;
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final String command;
    private final Instant started;
    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode stages;

    RunManifest(String command, Instant started) {
        this.command = command;
        this.started = started;
        root.put("command", "hindsight " + command);
        root.put("started_at", started.toString());
        stages = root.putArray("stages");
    }

    void published(Published<?> published, double seconds) {
        ObjectNode stage = stages.addObject();
        stage.put("stage", published.run().stage().key());
        stage.put("run", published.run().runId());
        stage.put("seconds", Math.round(seconds * 10) / 10.0);
        stage.put("set_aside", published.summary().setAside());
        stage.set("summary", parse(published.summary().toJson()));
    }

    void failed(Stage stage, String outcome, Throwable cause) {
        ObjectNode failed = root.putObject("failed");
        failed.put("stage", stage.key());
        failed.put("kind", outcome);
        failed.put("message", ErrorHandler.describe(cause));
    }

    /**
     * Writes the manifest.
     *
     * @param outcome      ok, set_aside, user_error, fault or stopped
     * @param sparkVersion the Spark version that ran, or null when none started
     */
    String write(Warehouse warehouse, String outcome, int exitCode, Instant finished,
                 String sparkVersion) {
        root.put("finished_at", finished.toString());
        root.put("outcome", outcome);
        root.put("exit_code", exitCode);
        ObjectNode versions = root.putObject("versions");
        String hindsight = Hindsight.class.getPackage().getImplementationVersion();
        versions.put("hindsight", hindsight == null ? "development build" : hindsight);
        versions.put("java", System.getProperty("java.version"));
        versions.put("spark", sparkVersion);
        try {
            return warehouse.writeRunManifest(NAME_TIME.format(started) + "-" + command + ".json",
                    JSON.writeValueAsBytes(root), KEEP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
