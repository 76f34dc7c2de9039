package com.hindsight.search.cases;

import static com.hindsight.search.cases.CaseIndexSchema.FACET_FIELDS;
import static com.hindsight.search.cases.CaseIndexSchema.TEXT_FIELDS;
import static com.hindsight.search.cases.CaseIndexSchema.VOCABULARY_FIELDS;

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
        String key = kind.key() + "/" + id;
        document.add(new SortedDocValuesField(CaseIndexSchema.KEY, new BytesRef(key)));
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

    Document build() {
        try {
            return FACETS.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
