package com.hindsight.search.cases;

import java.time.Instant;
import org.apache.lucene.document.Document;

/**
 * A post of the warehouse's {@code posts} table, with the bank and category of its incident
 * (null when the post belongs to none), so that posts can be filtered by them.
 */
public record PostRecord(String id, String channel, Instant publishedAt, String title, String text,
                         String incidentId, String bank, String category) implements CaseRecord {

    @Override
    public CaseKind kind() {
        return CaseKind.POST;
    }

    @Override
    public Document toDocument() {
        return CaseDocument.of(kind(), id)
                .keyword(CaseIndexSchema.CHANNEL, channel)
                .keyword(CaseIndexSchema.INCIDENT_ID, incidentId)
                .keyword(CaseIndexSchema.BANK, bank)
                .keyword(CaseIndexSchema.CATEGORY, category)
                .time(publishedAt)
                .text(CaseIndexSchema.TITLE, title)
                .text(CaseIndexSchema.TEXT, text)
                .build();
    }
}
