package com.hindsight.search.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;

/**
 * An incident of the register with its response timeline, so that a search for what was done
 * ("致歉声明", "statement") finds the incident. Its own id is also its {@code incident_id}.
 *
 * @param closedAt       null while the incident is open
 * @param query          the register's Lucene query; its quoted terms are indexed
 *                       ({@link RegisterQueryTerms})
 * @param timeline       the steps of the {@code actions} table for this incident, in any order
 * @param playbookMissed the required playbook steps never done (their actions)
 */
public record IncidentRecord(String id, String bank, String title, String category,
                             Instant openedAt, Instant closedAt, String query, String summary,
                             List<TimelineStep> timeline, List<String> playbookMissed)
        implements CaseRecord {

    public IncidentRecord {
        timeline = List.copyOf(Objects.requireNonNullElse(timeline, List.of()));
        playbookMissed = List.copyOf(Objects.requireNonNullElse(playbookMissed, List.of()));
    }

    /** An incident without a closing time or register query, not scored against a playbook. */
    public IncidentRecord(String id, String bank, String title, String category, Instant openedAt,
                          String summary, List<TimelineStep> timeline) {
        this(id, bank, title, category, openedAt, null, null, summary, timeline, List.of());
    }

    /**
     * One step of the response timeline; indexed as {@code statement (pr): 官微发布致歉声明}.
     *
     * @param at null sorts first
     */
    public record TimelineStep(Instant at, String role, String action, String note) {
        String asText() {
            String head = Objects.requireNonNullElse(action, "").replace('_', ' ')
                    + (role == null ? "" : " (" + role.replace('_', ' ') + ")");
            return note == null || note.isBlank() ? head : head + ": " + note;
        }
    }

    @Override
    public CaseKind kind() {
        return CaseKind.INCIDENT;
    }

    @Override
    public Document toDocument() {
        List<String> steps = timeline.stream()
                .sorted(Comparator.comparing(TimelineStep::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(TimelineStep::asText))
                .map(TimelineStep::asText)
                .toList();
        CaseDocument document = CaseDocument.of(kind(), id);
        playbookMissed.forEach(action -> document.keyword(CaseIndexSchema.PLAYBOOK_MISSED, action));
        return document
                .keyword(CaseIndexSchema.INCIDENT_ID, id)
                .keyword(CaseIndexSchema.BANK, bank)
                .keyword(CaseIndexSchema.CATEGORY, category)
                .time(openedAt)
                .storedTime(CaseIndexSchema.CLOSED_AT, closedAt)
                .text(CaseIndexSchema.TITLE, title)
                .text(CaseIndexSchema.TERMS, RegisterQueryTerms.of(query, category))
                .text(CaseIndexSchema.TEXT, summary)
                .texts(CaseIndexSchema.TIMELINE, steps)
                .build();
    }
}
