package com.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.metrics.MetricsContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the case page shows from an incident's metrics document ({@link MetricsContract}, the
 * shape docs/metrics.md defines): the register entry, key figures, the response timeline against
 * its targets, the playbook score and the review. Values are put into maps for the template as text; the template
 * escapes them.
 */
final class CaseDetails {
    /** Incident ids the case room looks up: the register's ids are short plain names. */
    static final Pattern INCIDENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final JsonNode document;
    private final Messages text;

    private CaseDetails(JsonNode document, Messages text) {
        this.document = document;
        this.text = text;
    }

    /** The incident's document in the metrics folder; empty when the id or the file is not there. */
    static Optional<CaseDetails> read(Path metricsFolder, String incidentId, Messages text) {
        if (!INCIDENT_ID.matcher(incidentId).matches()) {
            return Optional.empty();
        }
        Path file = metricsFolder.resolve(MetricsContract.incidentFile(incidentId));
        if (!file.normalize().startsWith(metricsFolder.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseDetails(JSON.readTree(file.toFile()), text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics document " + file, e);
        }
    }

    /** id, title, bank, category (label), opened, closed. */
    Map<String, Object> incident() {
        JsonNode incident = document.path(MetricsContract.INCIDENT_KEY);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", string(incident, "id"));
        model.put("title", string(incident, "title"));
        model.put("bank", string(incident, "bank"));
        model.put("category", text.value("category", string(incident, "category")));
        model.put("opened", time(string(incident, "opened_at")));
        String closed = time(string(incident, "closed_at"));
        model.put("closed", closed == null ? text.get("case.still_open") : closed);
        return model;
    }

    /** [{label, value}] of the figures a reviewer looks at first. */
    List<Map<String, Object>> figures() {
        JsonNode spread = document.path("spread");
        JsonNode severity = document.path("severity");
        List<Map<String, Object>> figures = new ArrayList<>();
        figure(figures, "case.posts", integer(spread.path("total_posts")));
        figure(figures, "case.reach", integer(spread.path("reach_followers")));
        figure(figures, "case.peak", integer(spread.path("peak_posts")));
        figure(figures, "case.negative", percent(spread.path("negative_share")));
        figure(figures, "case.complaints", integer(severity.path("complaints")));
        figure(figures, "case.first_statement", hours(firstStatement().path("hours_from_first_mention")));
        if (severity.path("severity").isNumber()) {
            figure(figures, "case.severity", String.format(Locale.ROOT, "%.1f (#%d)",
                    severity.path("severity").asDouble(), severity.path("rank").asInt()));
        }
        return figures;
    }

    /** The milestones by hours from the first mention, each with its target and status. */
    List<Map<String, Object>> timeline() {
        List<JsonNode> steps = new ArrayList<>();
        document.path("response_times").forEach(steps::add);
        steps.sort(Comparator.comparingDouble((JsonNode step) -> step.path("hours_from_first_mention")
                .isNumber() ? step.path("hours_from_first_mention").asDouble() : Double.MAX_VALUE)
                .thenComparingInt(step -> step.path("step").asInt()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode step : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            String status = string(step, "target_status");
            row.put("milestone", text.value("milestone", string(step, "milestone")));
            row.put("at", orDash(time(string(step, "at"))));
            row.put("hours", orDash(hours(step.path("hours_from_first_mention"))));
            row.put("target", orDash(hours(step.path("target_hours"))));
            row.put("status", text.value("target_status", status));
            row.put("status_class", status == null ? "no_target" : status);
            rows.add(row);
        }
        return rows;
    }

    /**
     * Null when the document has no {@code playbook} section (docs/playbooks.md §4); else the
     * playbook's name, kind, its steps with their status, silent roles, extra actions and, for a
     * drill, its injects.
     */
    Map<String, Object> playbook() {
        JsonNode section = document.path("playbook");
        if (!section.isObject()) {
            return null;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        String kind = string(section, "kind");
        model.put("name", orDash(string(section, "playbook")));
        model.put("kind", orDash(text.value("playbook_kind", kind)));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (JsonNode step : section.path("steps")) {
            Map<String, Object> row = new LinkedHashMap<>();
            String status = string(step, "status");
            row.put("action", orDash(text.value("action", string(step, "action"))));
            row.put("role", orDash(text.value("role", string(step, "role"))));
            row.put("target", orDash(hours(step.path("target_hours"))));
            row.put("hours", orDash(hours(step.path("hours"))));
            row.put("status", orDash(text.value("playbook_status", status)));
            row.put("status_class", statusClass(status));
            steps.add(row);
        }
        model.put("steps", steps);
        List<String> silent = new ArrayList<>();
        for (String role : strings(section.path("silent_roles"))) {
            silent.add(text.value("role", role));
        }
        model.put("silent_roles", silent);
        List<Map<String, Object>> extras = new ArrayList<>();
        for (JsonNode extra : section.path("extra_actions")) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("action", orDash(text.value("action", string(extra, "action"))));
            item.put("role", orDash(text.value("role", string(extra, "role"))));
            item.put("at", orDash(time(string(extra, "at"))));
            extras.add(item);
        }
        model.put("extra_actions", extras);
        List<Map<String, Object>> injects = new ArrayList<>();
        for (JsonNode inject : section.path("injects")) {
            Map<String, Object> row = new LinkedHashMap<>();
            String status = string(inject, "status");
            row.put("inject_id", orDash(string(inject, "inject_id")));
            row.put("planned_at", orDash(time(string(inject, "planned_at"))));
            row.put("reaction_hours", orDash(hours(inject.path("reaction_hours"))));
            row.put("status", orDash(text.value("inject_status", status)));
            row.put("status_class", statusClass(status));
            injects.add(row);
        }
        model.put("is_drill", "drill".equals(kind));
        model.put("injects", injects);
        model.put("has_injects", !injects.isEmpty());
        return model;
    }

    /**
     * The stylesheet class a playbook or inject status is coloured with, the timeline's: met and
     * answered as met, late as late, missed and unanswered as missing; early and not required
     * are not coloured.
     */
    private static String statusClass(String status) {
        if (status == null) {
            return "no_target";
        }
        switch (status) {
            case "met":
            case "answered":
                return "met";
            case "late":
                return "late";
            case "missed":
            case "unanswered":
                return "missing";
            default:
                return "no_target";
        }
    }

    /** Null when the incident has no review; else root cause, went well/badly, lessons, actions. */
    Map<String, Object> review() {
        JsonNode review = document.path("review");
        if (!review.isObject()) {
            return null;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reviewed_at", time(string(review, "reviewed_at")));
        model.put("root_cause", string(review, "root_cause"));
        model.put("went_well", strings(review.path("went_well")));
        model.put("went_badly", strings(review.path("went_badly")));
        model.put("lessons", strings(review.path("lessons")));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (JsonNode action : review.path("actions")) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", string(action, "title"));
            item.put("owner", orDash(string(action, "owner")));
            item.put("due", orDash(string(action, "due")));
            item.put("status", orDash(text.value("action_status", string(action, "status"))));
            actions.add(item);
        }
        model.put("actions", actions);
        return model;
    }

    private JsonNode firstStatement() {
        for (JsonNode step : document.path("response_times")) {
            if ("first_statement".equals(step.path("milestone").asText())) {
                return step;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void figure(List<Map<String, Object>> figures, String label, String value) {
        if (value != null) {
            figures.add(Map.of("label", text.get(label), "value", value));
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> {
            if (value.isValueNode() && !value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    private static String integer(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%,d", value.asLong()) : null;
    }

    private static String percent(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f%%", value.asDouble() * 100) : null;
    }

    private static String hours(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f", value.asDouble()) : null;
    }

    /** An ISO time with offset as {@code yyyy-MM-dd HH:mm} in its own offset (the analysis zone). */
    static String time(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return SHOWN.format(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
