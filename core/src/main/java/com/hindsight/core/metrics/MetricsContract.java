package com.hindsight.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The metrics documents analyze writes and report reads, in one place: where they are in an
 * analyze run, their schema version and their top-level keys (docs/metrics.md describes each).
 * Analyze refuses to write a document whose sections differ from these; report skips a document
 * of another version or without one of these keys.
 */
public final class MetricsContract {
    /**
     * Version 2 added {@code response_targets} to the portfolio document; version 3 added
     * {@code as_of} to every document, the severity's parts (reach to duration, each a
     * percentile, and {@code severity_index}) to {@code severity} and {@code severity_ranking},
     * the media coverage ({@code coverage_items}, {@code coverage_outlets}) and the
     * {@code playbook} section to the incident document, and {@code playbook_drills_vs_real} to
     * the portfolio (docs/playbooks.md).
     */
    public static final int SCHEMA_VERSION = 3;
    /** The folder of an analyze run holding the documents. */
    public static final String FOLDER = "metrics";
    public static final String PORTFOLIO_FILE = "portfolio.json";
    /**
     * Every incident's actions, injects and first post as the playbook scorer read them, so that
     * {@code hindsight playbook --playbook FILE} re-scores without Spark (outside {@link #FOLDER}:
     * it is not a metrics document).
     */
    public static final String PLAYBOOK_TIMELINES_FILE = "playbook/timelines.json";
    public static final String SCHEMA_VERSION_KEY = "schema_version";
    /**
     * The day the analysis was judged as of ({@code yyyy-MM-dd}, the analyze run's {@code --as-of}
     * or the day it ran in the configured zone): open review actions are overdue against it.
     */
    public static final String AS_OF_KEY = "as_of";
    /**
     * The review actions still open (incident and portfolio documents), each with {@code due},
     * {@code overdue} and {@code days_overdue} as of {@link #AS_OF_KEY}.
     */
    public static final String OPEN_REVIEW_ACTIONS_KEY = "open_review_actions";
    /** The key of an incident document's register entry (id, bank, title, category, times). */
    public static final String INCIDENT_KEY = "incident";

    /** The sections of {@code metrics/<incident_id>.json}, after schema_version, as_of, incident. */
    public static final List<String> INCIDENT_SECTIONS = List.of("spread", "hourly",
            "hourly_by_channel", "cascades", "key_spreaders", "coverage_items", "coverage_outlets",
            "response_times", "response_effect",
            "early_warning", "complaint_sla", "complaint_backlog", "complaints_vs_media",
            "complaint_media_peaks", "severity", OPEN_REVIEW_ACTIONS_KEY, "review", "playbook");

    /** The sections of {@code metrics/portfolio.json}, after schema_version and as_of. */
    public static final List<String> PORTFOLIO_SECTIONS = List.of("severity_ranking",
            "response_trends", "recurring_root_causes", OPEN_REVIEW_ACTIONS_KEY,
            "complaints_by_category", "complaint_sla", "response_targets",
            "playbook_drills_vs_real");

    private MetricsContract() {
    }

    /** Every top-level key of an incident document, in the order written. */
    public static List<String> incidentKeys() {
        List<String> keys = new ArrayList<>(List.of(SCHEMA_VERSION_KEY, AS_OF_KEY,
                INCIDENT_KEY));
        keys.addAll(INCIDENT_SECTIONS);
        return List.copyOf(keys);
    }

    /** Every top-level key of the portfolio document, in the order written. */
    public static List<String> portfolioKeys() {
        List<String> keys = new ArrayList<>(List.of(SCHEMA_VERSION_KEY, AS_OF_KEY));
        keys.addAll(PORTFOLIO_SECTIONS);
        return List.copyOf(keys);
    }

    /** The file of an incident's document inside {@link #FOLDER}: {@code INC-1.json}. */
    public static String incidentFile(String incidentId) {
        return incidentId + ".json";
    }

    /** The incident id a document file is named by, or null for the portfolio or another file. */
    public static String incidentIdOf(String file) {
        if (!file.endsWith(".json") || file.equals(PORTFOLIO_FILE)) {
            return null;
        }
        return file.substring(0, file.length() - ".json".length());
    }

    /**
     * Fails unless {@code written} are exactly {@code contract}, in order: analyze calls this
     * before writing, so a section added in one place and not the other is caught at once.
     */
    public static void requireSections(String document, List<String> contract, List<String> written) {
        if (!written.equals(contract)) {
            Set<String> missing = new java.util.LinkedHashSet<>(contract);
            written.forEach(missing::remove);
            Set<String> extra = new java.util.LinkedHashSet<>(written);
            contract.forEach(extra::remove);
            throw new IllegalStateException(document + " sections differ from MetricsContract:"
                    + " missing " + missing + ", not in the contract " + extra
                    + (missing.isEmpty() && extra.isEmpty() ? ", order differs" : ""));
        }
    }
}
