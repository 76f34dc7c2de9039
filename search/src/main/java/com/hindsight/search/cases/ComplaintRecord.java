package com.hindsight.search.cases;

import java.time.Instant;
import org.apache.lucene.document.Document;

/**
 * A complaint of the warehouse's {@code complaints} table (personal data already masked), with
 * the bank and category of its incident (null when it belongs to none).
 */
public record ComplaintRecord(String id, String channel, Instant receivedAt, String text,
                              String incidentId, String bank, String category) implements CaseRecord {

    @Override
    public CaseKind kind() {
        return CaseKind.COMPLAINT;
    }

    @Override
    public Document toDocument() {
        return CaseDocument.of(kind(), id)
                .keyword(CaseIndexSchema.CHANNEL, channel)
                .keyword(CaseIndexSchema.INCIDENT_ID, incidentId)
                .keyword(CaseIndexSchema.BANK, bank)
                .keyword(CaseIndexSchema.CATEGORY, category)
                .time(receivedAt)
                .text(CaseIndexSchema.TEXT, text)
                .build();
    }
}
