package com.hindsight.sample;

import com.hindsight.model.QuarantineReason;

/**
 * The kinds of bad input the malformed demonstration files hold, each with the quarantine reason
 * ingest is expected to give it. {@link GenerationSummary} counts how many of each were written.
 */
public enum MalformedKind {
    /** A line that is not JSON at all (an object cut off before its closing brace). */
    NOT_JSON(QuarantineReason.BAD_JSON),
    /** A valid JSON line that is an array, not an object. */
    JSON_ARRAY(QuarantineReason.BAD_JSON),
    /** A record without a required field (published_at, or an empty received_at). */
    MISSING_FIELD(QuarantineReason.MISSING_FIELD),
    /** A timestamp that is no timestamp: "yesterday". */
    BAD_TIMESTAMP(QuarantineReason.BAD_TIMESTAMP),
    /** A number field holding words: followers "many", compensation "lots". */
    WRONG_TYPE(QuarantineReason.WRONG_TYPE),
    /** A channel outside the vocabulary: "pigeon". */
    UNKNOWN_ENUM(QuarantineReason.UNKNOWN_ENUM),
    /** A number outside its range: sentiment 3.5, compensation -50. */
    OUT_OF_RANGE(QuarantineReason.OUT_OF_RANGE),
    /** A record whose text is longer than 1,100,000 characters. */
    OVERSIZED(QuarantineReason.OVERSIZED),
    /** A record with bytes that are not valid UTF-8. */
    BAD_ENCODING(QuarantineReason.BAD_ENCODING),
    /** A CSV record with an opening quote that is never closed (the last record of its file). */
    BAD_CSV(QuarantineReason.BAD_CSV),
    /** A gzip file cut off in the middle; the records before the cut can be read. */
    TRUNCATED_FILE(QuarantineReason.UNREADABLE_FILE);

    private final QuarantineReason expectedReason;

    MalformedKind(QuarantineReason expectedReason) {
        this.expectedReason = expectedReason;
    }

    /** The reason ingest should quarantine such a record (or file) with. */
    public QuarantineReason expectedReason() {
        return expectedReason;
    }
}
