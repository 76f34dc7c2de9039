package com.hindsight.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON forms of this package's data, in one place:
 *
 * <ul>
 *   <li>the {@code playbook} section of a metrics document, read back into a
 *       {@link PlaybookScore} ({@link #scoreOf});</li>
 *   <li>the timelines file an analyze run publishes ({@code playbook/timelines.json}): every
 *       incident's actions, injects and first post, so {@code hindsight playbook --playbook FILE}
 *       re-scores without Spark and without rereading the posts ({@link #timelines},
 *       {@link #timelinesOf}).</li>
 * </ul>
 * Times are ISO-8601 with the offset of the zone analyze ran in, as in the metrics documents.
 */
public final class PlaybookJson {
    public static final int TIMELINES_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd'T'HH:mm:ssXXX");

    private PlaybookJson() {
    }

    /** The score in a metrics document's {@code playbook} section. */
    public static PlaybookScore scoreOf(String incidentId, String category, JsonNode section) {
        List<PlaybookScore.Step> steps = new ArrayList<>();
        for (JsonNode step : section.path("steps")) {
            steps.add(new PlaybookScore.Step(step.path("action").asText(),
                    step.path("role").asText(), step.path("target_hours").asDouble(),
                    number(step.get("hours")), StepStatus.of(step.path("status").asText())));
        }
        List<PlaybookScore.ExtraAction> extras = new ArrayList<>();
        for (JsonNode extra : section.path("extra_actions")) {
            extras.add(new PlaybookScore.ExtraAction(extra.path("action").asText(),
                    extra.path("role").asText(), instant(extra.get("at"))));
        }
        List<String> silent = new ArrayList<>();
        section.path("silent_roles").forEach(role -> silent.add(role.asText()));
        List<PlaybookScore.InjectReaction> injects = new ArrayList<>();
        for (JsonNode inject : section.path("injects")) {
            injects.add(new PlaybookScore.InjectReaction(inject.path("inject_id").asText(),
                    instant(inject.get("planned_at")), number(inject.get("reaction_hours"))));
        }
        return new PlaybookScore(incidentId, category, section.path("playbook").asText(),
                section.path("kind").asText("real"), steps, extras, silent, injects);
    }

    /** The score as the section's JSON ({@code hindsight playbook --json}). */
    public static ObjectNode section(PlaybookScore score, ZoneId zone) {
        ObjectNode node = JSON.createObjectNode();
        node.put("playbook", score.playbook());
        node.put("kind", score.kind());
        ArrayNode steps = node.putArray("steps");
        for (PlaybookScore.Step step : score.steps()) {
            ObjectNode s = steps.addObject();
            s.put("action", step.action());
            s.put("role", step.role());
            s.put("target_hours", step.targetHours());
            s.put("hours", step.hours());
            s.put("status", step.status().key());
        }
        ArrayNode extras = node.putArray("extra_actions");
        for (PlaybookScore.ExtraAction extra : score.extraActions()) {
            extras.addObject().put("action", extra.action()).put("role", extra.role())
                    .put("at", format(extra.at(), zone));
        }
        ArrayNode silent = node.putArray("silent_roles");
        score.silentRoles().forEach(silent::add);
        ArrayNode injects = node.putArray("injects");
        for (PlaybookScore.InjectReaction inject : score.injects()) {
            injects.addObject().put("inject_id", inject.injectId())
                    .put("planned_at", format(inject.plannedAt(), zone))
                    .put("reaction_hours", inject.reactionHours())
                    .put("status", inject.status());
        }
        return node;
    }

    /** The timelines file: what every incident recorded, in id order. */
    public static byte[] timelines(List<IncidentTimeline> timelines, ZoneId zone) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", TIMELINES_VERSION);
        ArrayNode list = root.putArray("incidents");
        for (IncidentTimeline timeline : timelines) {
            ObjectNode node = list.addObject();
            node.put("incident_id", timeline.incidentId());
            node.put("category", timeline.category());
            node.put("kind", timeline.kind());
            node.put("opened_at", format(timeline.openedAt(), zone));
            node.put("first_post", format(timeline.firstPost(), zone));
            ArrayNode actions = node.putArray("actions");
            for (TimelineAction action : timeline.actions()) {
                actions.addObject().put("at", format(action.at(), zone)).put("role", action.role())
                        .put("action", action.action()).put("inject_id", action.injectId());
            }
            ArrayNode injects = node.putArray("injects");
            for (Inject inject : timeline.injects()) {
                injects.addObject().put("id", inject.id())
                        .put("planned_at", format(inject.plannedAt(), zone))
                        .put("kind", inject.kind());
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a timelines file.
     *
     * @throws IllegalArgumentException naming {@code source} when the file is not one
     */
    public static List<IncidentTimeline> timelinesOf(String source, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || root.path("version").asInt() != TIMELINES_VERSION) {
            throw new IllegalArgumentException(source + " is not a timelines file of version "
                    + TIMELINES_VERSION);
        }
        List<IncidentTimeline> timelines = new ArrayList<>();
        try {
            for (JsonNode node : root.path("incidents")) {
                List<TimelineAction> actions = new ArrayList<>();
                for (JsonNode action : node.path("actions")) {
                    actions.add(new TimelineAction(instant(action.get("at")),
                            action.path("role").asText(), action.path("action").asText(),
                            text(action.get("inject_id"))));
                }
                List<Inject> injects = new ArrayList<>();
                for (JsonNode inject : node.path("injects")) {
                    injects.add(new Inject(inject.path("id").asText(),
                            instant(inject.get("planned_at")), inject.path("kind").asText()));
                }
                timelines.add(new IncidentTimeline(node.path("incident_id").asText(),
                        text(node.get("category")), text(node.get("kind")),
                        instant(node.get("opened_at")), instant(node.get("first_post")), actions,
                        injects));
            }
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(source + " has a bad record: " + e.getMessage(), e);
        }
        return timelines;
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    private static Instant instant(JsonNode node) {
        String text = text(node);
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() ? null : node.asDouble();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
