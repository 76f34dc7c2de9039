package com.hindsight.model;

/** What kind of personal data a field holds, which decides how ingest masks it. */
public enum PiiKind {
    /** Not personal data. */
    NONE,
    /** A phone number: keep the first 3 and last 4 digits, e.g. {@code 138****5678}. */
    PHONE,
    /** A national ID number: keep the first 6 and last 4, e.g. {@code 110105********1234}. */
    NATIONAL_ID,
    /** A bank card number: keep the first and last 4, e.g. {@code 6222 **** **** 1234}. */
    CARD_NUMBER,
    /** A person's name: keep the first character, e.g. {@code 张**}. */
    PERSON_NAME,
    /** Free text: phone, ID, card numbers and e-mail addresses inside it are masked in place. */
    FREE_TEXT
}
