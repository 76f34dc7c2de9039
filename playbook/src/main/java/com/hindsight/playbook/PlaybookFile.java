package com.hindsight.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.hindsight.core.UserErrorException;
import com.hindsight.model.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a playbook file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}).
 * Every problem is collected, so one run of the command lists them all; they are thrown as one
 * {@link UserErrorException} (exit 2) whose lines name the file, the step (its number and action)
 * and the problem. docs/playbooks.md documents the format.
 */
public final class PlaybookFile {
    /** The playbook shipped with hindsight, beside this class. */
    public static final String DEFAULT_RESOURCE = "default-playbook.yaml";
    /** What a report or the console calls the shipped playbook's file. */
    public static final String DEFAULT_SOURCE = "(built-in) " + DEFAULT_RESOURCE;

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "steps", "categories");
    private static final Set<String> STEP_KEYS = Set.of("action", "role", "from", "target_hours",
            "required");
    /** {@code other} says nothing a playbook could expect. */
    private static final List<String> STEP_ACTIONS = Vocabulary.ACTION_TYPES.stream()
            .filter(action -> !action.equals("other")).toList();

    private PlaybookFile() {
    }

    /** The built-in playbook. */
    public static Playbook defaultPlaybook() {
        try (InputStream in = PlaybookFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(DEFAULT_SOURCE, in.readAllBytes(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The playbook in {@code file}, or the built-in one when {@code file} is null. */
    public static Playbook loadOrDefault(Path file) {
        return file == null ? defaultPlaybook() : load(file);
    }

    /** Reads and checks {@code file}; any problem is a {@link UserErrorException}. */
    public static Playbook load(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString()
                .toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            throw new UserErrorException("playbook file " + file
                    + ": the name must end in .yaml, .yml or .json");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserErrorException("playbook file " + file + " does not exist");
        } catch (IOException e) {
            throw new UserErrorException("playbook file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(file.toString(), content, yaml);
    }

    /** Parses and checks a playbook; {@code source} names it in every message. */
    public static Playbook parse(String source, byte[] content, boolean yaml) {
        JsonNode root;
        try {
            root = (yaml ? new YAMLMapper() : new ObjectMapper()).readTree(content);
        } catch (JsonProcessingException e) {
            throw new UserErrorException("playbook file " + source + " line "
                    + e.getLocation().getLineNr() + ": not valid " + (yaml ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Problems problems = new Problems();
        Playbook playbook = read(root, problems);
        if (!problems.list.isEmpty()) {
            String head = "playbook file " + source;
            throw new UserErrorException(problems.list.size() == 1
                    ? head + ": " + problems.list.get(0)
                    : head + " has " + problems.list.size() + " problems:\n  "
                            + String.join("\n  ", problems.list));
        }
        return playbook;
    }

    private static Playbook read(JsonNode root, Problems problems) {
        if (root == null || !root.isObject()) {
            problems.add("the file must hold one object with name and steps");
            return null;
        }
        unknownKeys(root, TOP_KEYS, "", problems);
        String name = text(root.get("name"));
        if (name == null || name.isBlank()) {
            problems.add("name is missing (a short name the reports show, e.g. bank-2025)");
        }
        if (root.has("description") && !root.get("description").isTextual()) {
            problems.add("description must be text");
        }
        List<PlaybookStep> steps = new ArrayList<>();
        JsonNode stepList = root.get("steps");
        if (stepList == null || !stepList.isArray() || stepList.isEmpty()) {
            problems.add("steps is missing or empty: list the expected steps");
        } else {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < stepList.size(); i++) {
                PlaybookStep step = step(stepList.get(i), null, "", i + 1, seen, problems);
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        Map<String, List<PlaybookStep>> variants = new LinkedHashMap<>();
        JsonNode categories = root.get("categories");
        if (categories != null && !categories.isNull()) {
            if (!categories.isObject()) {
                problems.add("categories must map a category to its step changes");
            } else {
                Iterator<Map.Entry<String, JsonNode>> it = categories.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    List<PlaybookStep> variant = variant(entry.getKey(), entry.getValue(), steps,
                            problems);
                    if (variant != null) {
                        variants.put(entry.getKey(), variant);
                    }
                }
            }
        }
        return problems.list.isEmpty() ? new Playbook(name, steps, variants) : null;
    }

    /** The base steps with a category's changes: a change replaces the fields it gives. */
    private static List<PlaybookStep> variant(String category, JsonNode changes,
                                              List<PlaybookStep> base, Problems problems) {
        String where = "categories." + category;
        if (!Vocabulary.INCIDENT_CATEGORIES.contains(category)) {
            problems.add(where + ": " + quoted(category) + " is not a category (one of "
                    + String.join(", ", Vocabulary.INCIDENT_CATEGORIES) + ")");
            return null;
        }
        if (changes == null || !changes.isArray()) {
            problems.add(where + ": must be a list of step changes");
            return null;
        }
        List<PlaybookStep> steps = new ArrayList<>(base);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            JsonNode change = changes.get(i);
            String action = change.isObject() ? text(change.get("action")) : null;
            PlaybookStep original = base.stream().filter(s -> s.action().equals(action))
                    .findFirst().orElse(null);
            PlaybookStep step = step(change, original, where + " ", i + 1, seen, problems);
            if (step == null) {
                continue;
            }
            if (original != null) {
                steps.set(steps.indexOf(original), step);
            } else {
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * One step; with {@code base}, the fields it leaves out are taken from there.
     *
     * @param list   where the list is, for messages: "" or "categories.data_leak "
     * @param number the step's number in its list, from 1
     * @param seen   the actions read so far in this list, with their step number
     */
    private static PlaybookStep step(JsonNode node, PlaybookStep base, String list, int number,
                                     Map<String, Integer> seen, Problems problems) {
        String where = list + "step " + number;
        if (node == null || !node.isObject()) {
            problems.add(where + ": must be an object with action, role, from, target_hours");
            return null;
        }
        String action = text(node.get("action"));
        String label = where + (action == null ? "" : " (" + action + ")");
        int before = problems.list.size();
        unknownKeys(node, STEP_KEYS, label + ": ", problems);
        if (action == null) {
            problems.add(label + ": action is missing (one of " + String.join(", ", STEP_ACTIONS)
                    + ")");
        } else if (!STEP_ACTIONS.contains(action)) {
            problems.add(label + ": action " + quoted(action) + " is not an action a playbook can"
                    + " expect (one of " + String.join(", ", STEP_ACTIONS) + ")");
        } else if (seen.containsKey(action)) {
            problems.add(label + ": action " + action + " is already step " + seen.get(action)
                    + "; a playbook expects each action once (the first time it is done counts)");
        } else {
            seen.put(action, number);
        }
        String role = text(node.get("role"));
        if (role == null && base != null) {
            role = base.role();
        }
        if (role == null) {
            problems.add(label + ": role is missing (one of "
                    + String.join(", ", Vocabulary.ACTION_ROLES) + ")");
        } else if (!Vocabulary.ACTION_ROLES.contains(role)) {
            problems.add(label + ": role " + quoted(role) + " is not a role (one of "
                    + String.join(", ", Vocabulary.ACTION_ROLES) + ")");
        }
        Reference from = base == null ? null : base.from();
        String fromText = text(node.get("from"));
        if (node.has("from")) {
            from = fromText == null ? null : Reference.of(fromText).orElse(null);
            if (from == null) {
                problems.add(label + ": from " + quoted(String.valueOf(fromText))
                        + " is not a reference point (one of " + String.join(", ", Reference.keys())
                        + ")");
            }
        } else if (from == null) {
            problems.add(label + ": from is missing (" + String.join(" or ", Reference.keys())
                    + ")");
        }
        if (from == Reference.DETECTED && "detected".equals(action)) {
            problems.add(label + ": detection cannot be measured from itself; use from:"
                    + " first_mention");
        }
        Double target = base == null ? null : base.targetHours();
        JsonNode targetNode = node.get("target_hours");
        if (targetNode != null) {
            target = targetNode.isNumber() && targetNode.asDouble() >= 0
                    && Double.isFinite(targetNode.asDouble()) ? targetNode.asDouble() : null;
            if (target == null) {
                problems.add(label + ": target_hours must be a number of hours, 0 or more (got "
                        + targetNode + ")");
            }
        } else if (target == null) {
            problems.add(label + ": target_hours is missing (hours from the reference point)");
        }
        Boolean required = base == null ? Boolean.TRUE : base.required();
        JsonNode requiredNode = node.get("required");
        if (requiredNode != null) {
            required = requiredNode.isBoolean() ? requiredNode.asBoolean() : null;
            if (required == null) {
                problems.add(label + ": required must be true or false (got " + requiredNode + ")");
            }
        }
        if (problems.list.size() > before) {
            return null;
        }
        return new PlaybookStep(action, role, from, target, required);
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix,
                                    Problems problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!known.contains(key)) {
                problems.add(prefix + "unknown key " + quoted(key) + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText().trim() : null;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static final class Problems {
        final List<String> list = new ArrayList<>();

        void add(String problem) {
            list.add(problem);
        }
    }
}
