package com.hindsight.search.cases;

import org.apache.lucene.document.Document;

/**
 * One warehouse row, ready to be indexed: plain data in, one Lucene document out. Each kind has
 * its record, which says which of its values go into which field of {@link CaseIndexSchema}.
 */
public sealed interface CaseRecord permits IncidentRecord, PostRecord, ComplaintRecord, ReviewRecord {

    CaseKind kind();

    /** The document of this record; analysis happens later, when the writer adds it. */
    Document toDocument();
}
