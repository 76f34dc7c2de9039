package com.hindsight.search.cases;

import static com.hindsight.search.cases.CaseIndexSchema.FACET_FIELDS;
import static com.hindsight.search.cases.CaseIndexSchema.TEXT_FIELDS;
import static com.hindsight.search.cases.CaseIndexSchema.VOCABULARY_FIELDS;

import com.hindsight.search.TextFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Builds one Lucene document by the rules of {@link CaseIndexSchema}; the per-kind records
 * ({@link PostRecord}, ...) say which values go where. Null and blank values are left out.
 */
final class CaseDocument {
    private static final FacetsConfig FACETS = CaseIndexSchema.facetsConfig();

    private final Document document = new Document();

    private CaseDocument(CaseKind kind, String id) {
        Objects.requireNonNull(kind, "kind is null");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(kind.key() + " without an id");
        }
        keyword(CaseIndexSchema.KIND, kind.key());
        keyword(CaseIndexSchema.ID, id);
        String key = CaseIndexSchema.key(kind, id);
        document.add(new SortedDocValuesField(CaseIndexSchema.KEY, new BytesRef(key)));
        document.add(new StringField(CaseIndexSchema.KEY, key, Field.Store.NO));
        boolean isCase = kind == CaseKind.INCIDENT || kind == CaseKind.REVIEW;
        document.add(new NumericDocValuesField(CaseIndexSchema.TIER, isCase ? 0 : 1));
    }

    static CaseDocument of(CaseKind kind, String id) {
        return new CaseDocument(kind, id);
    }

    /** A keyword field: exact term, stored, and a facet when the schema counts it. */
    CaseDocument keyword(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String indexed = VOCABULARY_FIELDS.contains(field) ? value.strip().toLowerCase(Locale.ROOT)
                : value.strip();
        document.add(new StringField(field, indexed, Field.Store.YES));
        if (FACET_FIELDS.contains(field)) {
            document.add(new SortedSetDocValuesFacetField(field, indexed));
        }
        return this;
    }

    /** The event time: range filter, sort key and stored value. */
    CaseDocument time(Instant time) {
        if (time != null) {
            long millis = time.toEpochMilli();
            document.add(new LongPoint(CaseIndexSchema.TIME, millis));
            document.add(new NumericDocValuesField(CaseIndexSchema.TIME, millis));
            document.add(new StoredField(CaseIndexSchema.TIME, millis));
        }
        return this;
    }

    /** An analysed text field; the field must be one of the schema's text fields. */
    CaseDocument text(String field, String value) {
        if (!TEXT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("\"" + field + "\" is not a text field of the case index");
        }
        if (value != null && !value.isBlank()) {
            document.add(new Field(field, value, CaseIndexSchema.TEXT_TYPE));
            document.add(new Field(TextFields.bigramsOf(field), value, CaseIndexSchema.BIGRAM_TYPE));
            document.add(new Field(CaseIndexSchema.SPELLING, value, CaseIndexSchema.SPELLING_TYPE));
        }
        return this;
    }

    /** A value kept for display only (not searchable); null and blank are stored as "". */
    CaseDocument stored(String field, String value) {
        document.add(new StoredField(field, value == null ? "" : value));
        return this;
    }

    /** A time kept for display only, epoch milliseconds; nothing when null. */
    CaseDocument storedTime(String field, Instant time) {
        if (time != null) {
            document.add(new StoredField(field, time.toEpochMilli()));
        }
        return this;
    }

    /** One value of a multi-valued text field per item, so snippets never run across items. */
    CaseDocument texts(String field, List<String> values) {
        if (values != null) {
            values.forEach(value -> text(field, value));
        }
        return this;
    }

    /** A review's action items, field by field, for display in full. */
    CaseDocument storedActions(List<ReviewRecord.ActionItem> actions) {
        for (ReviewRecord.ActionItem action : actions) {
            stored(CaseIndexSchema.ACTION_TITLE, action.title());
            stored(CaseIndexSchema.ACTION_OWNER, action.owner());
            stored(CaseIndexSchema.ACTION_DUE, action.due() == null ? null : action.due().toString());
            stored(CaseIndexSchema.ACTION_STATUS, action.status());
        }
        return this;
    }

    Document build() {
        try {
            return FACETS.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
