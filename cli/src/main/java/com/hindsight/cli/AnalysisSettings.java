package com.hindsight.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.UserErrorException;
import com.hindsight.core.metrics.Milestone;
import com.hindsight.jobs.analyze.AlertRule;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code "analysis"} section of the config file: the settings of the analyze stage
 * ({@link AnalyzeOptions}, docs/metrics.md "Settings"), each null when unset so that a partial
 * section falls back key by key. {@link AnalyzeOptions#defaults()} stays the one place of the
 * defaults; {@link #defaults()} only reads them. This class is the one place of the section's
 * keys: {@link #read} and {@link #write} name them.
 *
 * @param responseTargets per milestone given: its target, or empty for "no target" (JSON null);
 *                        milestones not in the map fall back to the defaults
 * @param alertRules      the rules to backtest; a list given replaces the default list whole
 */
record AnalysisSettings(Double negativeBelow, Double subsideShare, Integer subsideHours,
                        Integer effectWindowHours,
                        Map<Milestone, Optional<Duration>> responseTargets,
                        List<AlertRule> alertRules, Duration firstContactTarget,
                        Duration resolutionTarget, Integer topSpreaders) {
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final double MILLIS_PER_DAY = 24 * MILLIS_PER_HOUR;

    AnalysisSettings {
        Map<Milestone, Optional<Duration>> targets = new EnumMap<>(Milestone.class);
        targets.putAll(responseTargets);
        responseTargets = Collections.unmodifiableMap(targets);
        alertRules = alertRules == null ? null : List.copyOf(alertRules);
    }

    static AnalysisSettings empty() {
        return new AnalysisSettings(null, null, null, null, Map.of(), null, null, null, null);
    }

    /** The analyze stage's defaults, as {@link AnalyzeOptions#defaults()} has them. */
    static AnalysisSettings defaults() {
        AnalyzeOptions options = AnalyzeOptions.defaults();
        Map<Milestone, Optional<Duration>> targets = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            targets.put(milestone, Optional.ofNullable(options.responseTargets().get(milestone)));
        }
        return new AnalysisSettings(options.negativeBelow(), options.subsideShare(),
                options.subsideHours(), options.effectWindowHours(), targets,
                options.alertRules(), options.firstContactTarget(), options.resolutionTarget(),
                options.topSpreaders());
    }

    /** These settings where set, else {@code fallback}'s; response targets milestone by milestone. */
    AnalysisSettings orElse(AnalysisSettings fallback) {
        Map<Milestone, Optional<Duration>> targets = new EnumMap<>(Milestone.class);
        targets.putAll(fallback.responseTargets);
        targets.putAll(responseTargets);
        return new AnalysisSettings(
                negativeBelow != null ? negativeBelow : fallback.negativeBelow,
                subsideShare != null ? subsideShare : fallback.subsideShare,
                subsideHours != null ? subsideHours : fallback.subsideHours,
                effectWindowHours != null ? effectWindowHours : fallback.effectWindowHours,
                targets,
                alertRules != null ? alertRules : fallback.alertRules,
                firstContactTarget != null ? firstContactTarget : fallback.firstContactTarget,
                resolutionTarget != null ? resolutionTarget : fallback.resolutionTarget,
                topSpreaders != null ? topSpreaders : fallback.topSpreaders);
    }

    /** The options of the analyze stage; call on resolved settings (every key set). */
    AnalyzeOptions toOptions() {
        Map<Milestone, Duration> targets = new EnumMap<>(Milestone.class);
        responseTargets.forEach((milestone, target) -> target.ifPresent(
                duration -> targets.put(milestone, duration)));
        try {
            return new AnalyzeOptions(negativeBelow, subsideShare, subsideHours,
                    effectWindowHours, targets, alertRules, firstContactTarget, resolutionTarget,
                    topSpreaders);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserErrorException("analysis setting: " + e.getMessage());
        }
    }

    /** Reads the {@code analysis} section; null reads as {@link #empty()}. */
    static AnalysisSettings read(ConfigSection section) {
        if (section == null) {
            return empty();
        }
        Double negativeBelow = section.number("negative_below", NumberRange.SENTIMENT);
        Double subsideShare = null;
        Integer subsideHours = null;
        ConfigSection subside = section.section("subside");
        if (subside != null) {
            subsideShare = subside.number("share_of_peak", NumberRange.SHARE);
            subsideHours = subside.whole("hours", 1);
            subside.finish();
        }
        Integer effectWindowHours = section.whole("effect_window_hours", 1);
        Map<Milestone, Optional<Duration>> targets =
                readTargets(section.section("response_targets_hours"));
        List<AlertRule> alertRules = readAlertRules(section, section.list("alert_rules"));
        Duration firstContact = null;
        Duration resolution = null;
        ConfigSection complaints = section.section("complaints");
        if (complaints != null) {
            firstContact = hours(complaints.number("first_contact_hours", NumberRange.POSITIVE));
            resolution = days(complaints.number("resolution_days", NumberRange.POSITIVE));
            complaints.finish();
        }
        Integer topSpreaders = section.whole("top_spreaders", 1);
        section.finish();
        return new AnalysisSettings(negativeBelow, subsideShare, subsideHours, effectWindowHours,
                targets, alertRules, firstContact, resolution, topSpreaders);
    }

    /** Writes these settings as the {@code analysis} section reads them. */
    void write(ObjectNode analysis) {
        analysis.put("negative_below", negativeBelow);
        ObjectNode subside = analysis.putObject("subside");
        subside.put("share_of_peak", subsideShare);
        subside.put("hours", subsideHours);
        analysis.put("effect_window_hours", effectWindowHours);
        ObjectNode targets = analysis.putObject("response_targets_hours");
        for (Milestone milestone : Milestone.values()) {
            Optional<Duration> target = responseTargets.get(milestone);
            if (target == null) {
                continue;
            }
            if (target.isPresent()) {
                ConfigJson.putNumber(targets, milestone.key(), target.get().toMillis() / MILLIS_PER_HOUR);
            } else {
                targets.putNull(milestone.key());
            }
        }
        ArrayNode rules = analysis.putArray("alert_rules");
        for (AlertRule rule : alertRules) {
            ObjectNode written = rules.addObject();
            written.put("name", rule.name());
            written.put("min_posts_per_hour", rule.minPostsPerHour());
            if (rule.minNegativeShare() != null) {
                written.put("min_negative_share", rule.minNegativeShare());
            }
        }
        ObjectNode complaints = analysis.putObject("complaints");
        ConfigJson.putNumber(complaints, "first_contact_hours",
                firstContactTarget.toMillis() / MILLIS_PER_HOUR);
        ConfigJson.putNumber(complaints, "resolution_days",
                resolutionTarget.toMillis() / MILLIS_PER_DAY);
        analysis.put("top_spreaders", topSpreaders);
    }

    /**
     * The targets given, milestone by milestone; null is "no target", except for the first
     * statement, which the reports measure every incident against.
     */
    private static Map<Milestone, Optional<Duration>> readTargets(ConfigSection section) {
        Map<Milestone, Optional<Duration>> targets = new EnumMap<>(Milestone.class);
        if (section == null) {
            return targets;
        }
        Map<String, Milestone> byKey = Arrays.stream(Milestone.values())
                .collect(Collectors.toMap(Milestone::key, m -> m));
        for (Map.Entry<String, ConfigNode> member : section.members().entrySet()) {
            Milestone milestone = byKey.get(member.getKey());
            ConfigNode value = member.getValue();
            if (milestone == null) {
                section.refuse(value, "unknown milestone; known: " + String.join(", ",
                        Arrays.stream(Milestone.values()).map(Milestone::key).toList()));
            } else if (value.isNull()) {
                if (milestone == Milestone.FIRST_STATEMENT) {
                    section.refuse(value, "must have a target (the reports measure every"
                            + " incident's first statement against it)");
                } else {
                    targets.put(milestone, Optional.empty());
                }
            } else {
                Duration target = hours(section.number(value, NumberRange.POSITIVE));
                if (target != null) {
                    targets.put(milestone, Optional.of(target));
                }
            }
        }
        return targets;
    }

    /** The rules of the list; a list with a problem in any rule is unset as a whole. */
    private static List<AlertRule> readAlertRules(ConfigSection parent, List<ConfigNode> items) {
        if (items == null) {
            return null;
        }
        List<AlertRule> rules = new ArrayList<>();
        Map<String, ConfigNode> names = new HashMap<>();
        boolean complete = true;
        for (ConfigNode item : items) {
            ConfigSection rule = parent.section(item);
            if (rule == null) {
                complete = false;
                continue;
            }
            ConfigNode nameNode = rule.value("name");
            String name = rule.text(nameNode, n -> null);
            Integer minPosts = rule.whole("min_posts_per_hour", 1);
            Double minShare = rule.number("min_negative_share", NumberRange.SHARE_UP_TO_ALL);
            rule.finish();
            if (nameNode == null) {
                parent.refuse(item, "an alert rule needs a \"name\"");
            }
            if (rule.value("min_posts_per_hour") == null) {
                parent.refuse(item, "an alert rule needs \"min_posts_per_hour\"");
            }
            if (name != null) {
                ConfigNode earlier = names.putIfAbsent(name, nameNode);
                if (earlier != null) {
                    parent.refuse(nameNode, "rule name \"" + name + "\" is also the name of "
                            + earlier.path().substring(0, earlier.path().lastIndexOf('.'))
                            + " (line " + earlier.line() + "); names must differ");
                    name = null;
                }
            }
            if (name == null || minPosts == null || (minShare == null
                    && rule.value("min_negative_share") != null)) {
                complete = false;
                continue;
            }
            rules.add(new AlertRule(name, minPosts, minShare));
        }
        return complete ? rules : null;
    }

    private static Duration hours(Double hours) {
        return hours == null ? null : Duration.ofMillis(Math.round(hours * MILLIS_PER_HOUR));
    }

    private static Duration days(Double days) {
        return days == null ? null : Duration.ofMillis(Math.round(days * MILLIS_PER_DAY));
    }
}
