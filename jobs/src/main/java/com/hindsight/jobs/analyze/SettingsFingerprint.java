package com.hindsight.jobs.analyze;

import com.hindsight.core.metrics.Milestone;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * The settings fingerprint of an analyze run: everything besides an incident's own inputs
 * ({@link IncidentInputs}) that its per-incident rows depend on. An incremental run keeps rows
 * from the current run only when this text is the same ({@link AnalysisScope}).
 *
 * <p>Raise {@link #RULES_VERSION} whenever a change to the code changes what any per-incident
 * table holds for the same inputs (a new column, a changed formula, a fixed bug): the next run
 * then recomputes every incident instead of keeping rows computed by the old code. The playbook
 * and the as-of date are not part of it: playbook scores, open review actions and the documents
 * are recomputed for every incident on every run.
 */
final class SettingsFingerprint {
    /** The version of the per-incident metric rules; see the class comment for when to raise it. */
    static final int RULES_VERSION = 1;

    private SettingsFingerprint() {
    }

    /**
     * @param options        the analyze settings
     * @param sentimentModel the sentiment model's name with its checksum
     * @param timeZone       the session time zone hours, days and months are cut in
     * @return one line naming every setting with its value, in a fixed order
     */
    static String fingerprint(AnalyzeOptions options, String sentimentModel, String timeZone) {
        StringJoiner text = new StringJoiner(";");
        text.add("rules=" + RULES_VERSION);
        text.add("sentiment_model=" + sentimentModel);
        text.add("time_zone=" + timeZone);
        text.add("negative_below=" + options.negativeBelow());
        text.add("subside=" + options.subsideShare() + "x" + options.subsideHours() + "h");
        text.add("effect_window_hours=" + options.effectWindowHours());
        // the targets in process order: Map.copyOf's iteration order changes between JVMs
        for (Milestone milestone : Milestone.values()) {
            Duration target = options.responseTargets().get(milestone);
            if (target != null) {
                text.add("target." + milestone.key() + "=" + target.toSeconds());
            }
        }
        for (AlertRule rule : options.alertRules()) {
            text.add("alert." + rule.name() + "=" + rule.minPostsPerHour() + "/"
                    + rule.minNegativeShare());
        }
        text.add("first_contact=" + options.firstContactTarget().toSeconds());
        text.add("resolution=" + options.resolutionTarget().toSeconds());
        text.add("top_spreaders=" + options.topSpreaders());
        return text.toString();
    }
}
