package com.hindsight.model;

/**
 * Why a record was set aside instead of entering the warehouse. The code is what the quarantine
 * table and ingest-summary.json hold; docs/data-formats.md lists them with what to do.
 */
public enum QuarantineReason {
    BAD_JSON("bad_json", "the line is not a JSON object"),
    BAD_CSV("bad_csv", "the CSV record cannot be parsed"),
    BAD_ROW("bad_row", "the spreadsheet row cannot be read"),
    MISSING_FIELD("missing_field", "a required field is missing or empty"),
    BAD_TIMESTAMP("bad_timestamp",
            "expected ISO-8601, yyyy-MM-dd HH:mm:ss, or epoch seconds/millis"),
    WRONG_TYPE("wrong_type", "a field does not have the expected type"),
    OUT_OF_RANGE("out_of_range", "a number is outside its allowed range"),
    UNKNOWN_ENUM("unknown_enum", "a value is not one of the allowed values"),
    OVERSIZED("oversized", "the record is longer than the configured limit"),
    BAD_ENCODING("bad_encoding", "the record is not valid UTF-8"),
    UNREADABLE_FILE("unreadable_file",
            "the file is truncated or corrupt; records before the damage were kept");

    private final String code;
    private final String description;

    QuarantineReason(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
