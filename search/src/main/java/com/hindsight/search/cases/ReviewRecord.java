package com.hindsight.search.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;

/**
 * The review (复盘) of an incident: what caused it, what went well and badly, the lessons and
 * the actions agreed. Its id is the incident's id; bank and category come from the incident.
 *
 * @param reviewedAt the document's time; null leaves the review out of time-range filters
 */
public record ReviewRecord(String incidentId, Instant reviewedAt, String rootCause,
                           List<String> wentWell, List<String> wentBadly, List<String> lessons,
                           List<ActionItem> actions, String bank, String category)
        implements CaseRecord {

    public ReviewRecord {
        wentWell = copy(wentWell);
        wentBadly = copy(wentBadly);
        lessons = copy(lessons);
        actions = copy(actions);
    }

    /** An action item of the review; indexed as {@code 季度演练 (IT运维部, due 2024-06-30, open)}. */
    public record ActionItem(String title, String owner, LocalDate due, String status) {
        String asText() {
            List<String> details = new ArrayList<>();
            if (owner != null && !owner.isBlank()) {
                details.add(owner);
            }
            if (due != null) {
                details.add("due " + due);
            }
            if (status != null && !status.isBlank()) {
                details.add(status);
            }
            String head = Objects.requireNonNullElse(title, "");
            return details.isEmpty() ? head : head + " (" + String.join(", ", details) + ")";
        }
    }

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public Document toDocument() {
        return CaseDocument.of(kind(), incidentId)
                .keyword(CaseIndexSchema.INCIDENT_ID, incidentId)
                .keyword(CaseIndexSchema.BANK, bank)
                .keyword(CaseIndexSchema.CATEGORY, category)
                .time(reviewedAt)
                .text(CaseIndexSchema.ROOT_CAUSE, rootCause)
                .texts(CaseIndexSchema.WENT_WELL, wentWell)
                .texts(CaseIndexSchema.WENT_BADLY, wentBadly)
                .texts(CaseIndexSchema.LESSONS, lessons)
                .texts(CaseIndexSchema.ACTIONS, actions.stream().map(ActionItem::asText).toList())
                .storedActions(actions)
                .build();
    }

    private static <T> List<T> copy(List<T> values) {
        // List.copyOf rejects null items; a list column may hold them
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
