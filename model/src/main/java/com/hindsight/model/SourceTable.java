package com.hindsight.model;

import static com.hindsight.model.FieldSpec.optional;
import static com.hindsight.model.FieldSpec.optionalEnum;
import static com.hindsight.model.FieldSpec.required;
import static com.hindsight.model.FieldSpec.requiredEnum;

import java.util.List;
import java.util.Optional;

/**
 * The six kinds of input in an archive. Each lives in its own folder of the archive and becomes
 * one Parquet table of the warehouse. The field lists here are the data contract documented in
 * docs/data-formats.md.
 */
public enum SourceTable {
    MEDIA("media", "posts", List.of("id"), "crawled_at", List.of(
            required("id", FieldType.STRING),
            requiredEnum("channel", Vocabulary.MEDIA_CHANNELS),
            required("published_at", FieldType.TIMESTAMP),
            required("text", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optional("incident_id", FieldType.STRING),
            optional("title", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optional("url", FieldType.STRING),
            optional("author_id", FieldType.STRING),
            optional("author_name", FieldType.STRING),
            optional("author_followers", FieldType.LONG).withRange(0, Long.MAX_VALUE),
            optional("is_official", FieldType.BOOLEAN),
            optional("parent_id", FieldType.STRING),
            optional("reposts", FieldType.LONG).withRange(0, Long.MAX_VALUE),
            optional("comments", FieldType.LONG).withRange(0, Long.MAX_VALUE),
            optional("likes", FieldType.LONG).withRange(0, Long.MAX_VALUE),
            optional("views", FieldType.LONG).withRange(0, Long.MAX_VALUE),
            optional("lang", FieldType.STRING),
            optional("sentiment", FieldType.DOUBLE).withRange(-1, 1),
            optional("crawled_at", FieldType.TIMESTAMP))),

    COMPLAINTS("complaints", "complaints", List.of("id"), "updated_at", List.of(
            required("id", FieldType.STRING),
            required("received_at", FieldType.TIMESTAMP),
            requiredEnum("channel", Vocabulary.COMPLAINT_CHANNELS),
            required("text", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optional("incident_id", FieldType.STRING),
            optional("branch", FieldType.STRING),
            optional("product", FieldType.STRING),
            optional("issue", FieldType.STRING),
            optional("customer_name", FieldType.STRING).withPii(PiiKind.PERSON_NAME),
            optional("phone", FieldType.STRING).withPii(PiiKind.PHONE),
            optional("id_number", FieldType.STRING).withPii(PiiKind.NATIONAL_ID),
            optional("card_number", FieldType.STRING).withPii(PiiKind.CARD_NUMBER),
            optional("first_response_at", FieldType.TIMESTAMP),
            optional("resolved_at", FieldType.TIMESTAMP),
            optional("status", FieldType.STRING),
            optionalEnum("outcome", Vocabulary.COMPLAINT_OUTCOMES),
            optional("compensation", FieldType.DOUBLE).withRange(0, Double.MAX_VALUE),
            optional("regulator_forwarded", FieldType.BOOLEAN),
            optional("updated_at", FieldType.TIMESTAMP))),

    INCIDENTS("incidents", "incidents", List.of("id"), null, List.of(
            required("id", FieldType.STRING),
            required("bank", FieldType.STRING),
            required("title", FieldType.STRING),
            requiredEnum("category", Vocabulary.INCIDENT_CATEGORIES),
            required("opened_at", FieldType.TIMESTAMP),
            optional("closed_at", FieldType.TIMESTAMP),
            optional("query", FieldType.STRING),
            optional("summary", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optionalEnum("kind", Vocabulary.INCIDENT_KINDS).withDefault(Vocabulary.REAL))),

    ACTIONS("actions", "actions", List.of("incident_id", "at", "role", "action"), null, List.of(
            required("incident_id", FieldType.STRING),
            required("at", FieldType.TIMESTAMP),
            requiredEnum("role", Vocabulary.ACTION_ROLES),
            requiredEnum("action", Vocabulary.ACTION_TYPES),
            optional("note", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optional("inject_id", FieldType.STRING))),

    REVIEWS("reviews", "reviews", List.of("incident_id"), "reviewed_at", List.of(
            required("incident_id", FieldType.STRING),
            optional("root_cause", FieldType.TEXT).withPii(PiiKind.FREE_TEXT),
            optional("went_well", FieldType.STRING_LIST),
            optional("went_badly", FieldType.STRING_LIST),
            optional("lessons", FieldType.STRING_LIST),
            optional("actions", FieldType.ACTION_ITEMS),
            optional("reviewed_at", FieldType.TIMESTAMP))),

    /** A drill's scripted injects: what the exercise staff throw at the team, and when. */
    INJECTS("injects", "injects", List.of("id"), null, List.of(
            required("id", FieldType.STRING),
            required("incident_id", FieldType.STRING),
            required("planned_at", FieldType.TIMESTAMP),
            requiredEnum("kind", Vocabulary.INJECT_KINDS),
            optional("text", FieldType.TEXT).withPii(PiiKind.FREE_TEXT)));

    private final String folder;
    private final String tableName;
    private final List<String> keyFields;
    private final String versionField;
    private final List<FieldSpec> fields;

    SourceTable(String folder, String tableName, List<String> keyFields, String versionField,
                List<FieldSpec> fields) {
        this.folder = folder;
        this.tableName = tableName;
        this.keyFields = keyFields;
        this.versionField = versionField;
        this.fields = fields;
    }

    /** The archive subfolder the files of this kind are read from. */
    public String folder() {
        return folder;
    }

    /** The warehouse table the accepted records are written to. */
    public String tableName() {
        return tableName;
    }

    /** The fields that identify a record; two records with equal keys are duplicates. */
    public List<String> keyFields() {
        return keyFields;
    }

    /**
     * The timestamp field that says which of two duplicates is newer, if the table has one. Ties and
     * missing values fall back to the later file, then the later line.
     */
    public Optional<String> versionField() {
        return Optional.ofNullable(versionField);
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public List<FieldSpec> requiredFields() {
        return fields.stream().filter(FieldSpec::required).toList();
    }

    public FieldSpec field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "table " + tableName + " has no field " + name));
    }

    /** The timestamp that places a record of this table in time. */
    public String eventTimeField() {
        return switch (this) {
            case MEDIA -> "published_at";
            case COMPLAINTS -> "received_at";
            case INCIDENTS -> "opened_at";
            case ACTIONS -> "at";
            case REVIEWS -> "reviewed_at";
            case INJECTS -> "planned_at";
        };
    }

    /**
     * Whether an archive may leave this table's folder out without a warning: only drills have
     * injects, so an archive of real incidents has no {@code injects/} folder.
     */
    public boolean isOptionalFolder() {
        return this == INJECTS;
    }

    /** Whether posts or complaints of this table may be linked to an incident by its query. */
    public boolean isAssignableToIncident() {
        return this == MEDIA || this == COMPLAINTS;
    }
}
