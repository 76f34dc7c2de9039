package com.hindsight.model;

/** How a raw field value is validated and what column type it becomes in the warehouse. */
public enum FieldType {
    /** Short text kept as it is (ids, names, urls). */
    STRING,
    /** Free text that may contain personal data; masked at ingest. */
    TEXT,
    /** A point in time; normalised to a UTC instant. See {@link TimestampFormats}. */
    TIMESTAMP,
    /** A whole number (counts); separators such as "1,234" are not accepted. */
    LONG,
    /** A decimal number. */
    DOUBLE,
    /** true/false, also accepted as 1/0, yes/no, y/n (any case). */
    BOOLEAN,
    /** One of a fixed set of lower-case values; input is trimmed and lower-cased first. */
    ENUM,
    /** A JSON array of strings (reviews). */
    STRING_LIST,
    /** A JSON array of objects {title, owner, due, status} (review actions). */
    ACTION_ITEMS
}
