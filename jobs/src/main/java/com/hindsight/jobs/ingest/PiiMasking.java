package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.repeat;
import static org.apache.spark.sql.functions.right;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import com.hindsight.model.PiiKind;
import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * Masks personal data: phone numbers, national ID numbers, bank card numbers, e-mail addresses
 * and names, either in a field that holds one value or anywhere inside free text.
 *
 * <p>Raw personal data never leaves ingest: these expressions are applied to every column that
 * may hold it before anything is written, cached, logged or shown, so no later stage, report or
 * index ever sees the originals. Masking keeps text readable: a number is replaced by a masked
 * form of itself ({@code 138****5678}), never deleted, so a reviewer still sees that a customer
 * posted a phone number.
 *
 * <p>Every method returns a Spark {@link Column} built only from Spark's built-in functions
 * ({@code regexp_replace}, {@code substring}, {@code repeat}, {@code when}...), never a UDF, so
 * Catalyst can optimise and code-generate them and they run unchanged on a cluster. Null stays
 * null.
 *
 * <p>What free-text masking does not catch: 15-digit first-generation ID numbers (too easily
 * confused with other numbers), numbers inside a longer run of digits (by design, see
 * {@link #NOT_AFTER_DIGIT}) and e-mail addresses with non-ASCII local parts. Full-width digits
 * ({@code １３８}) are first turned into ASCII digits, so they are masked like any other.
 */
public final class PiiMasking {

    /*
     * Lookarounds. Every number pattern starts with (?<!\d) and ends with (?!\d): a number is
     * only masked when it is a whole run of digits, so that "13812345678" is not found inside
     * an amount, a timestamp or a longer reference number, and so that a card pattern never
     * starts or ends in the middle of another number.
     */
    private static final String NOT_AFTER_DIGIT = "(?<!\\d)";
    private static final String NOT_BEFORE_DIGIT = "(?!\\d)";

    /** The separator people type between digit groups: at most one space or hyphen. */
    private static final String SEPARATOR = "[ -]";

    /*
     * The replacements run in this order, each on the output of the one before:
     *
     *  1. E-mail first: local parts are often phone or QQ numbers (13812345678@qq.com); masking
     *     the address as a whole keeps it readable as an address, and its masked form holds no
     *     digits for the later patterns.
     *  2. ID numbers before cards and phones: an 18-digit ID is also a 16-19 digit run, and an
     *     ID ending in X is a 17-digit run, so the card pattern would otherwise take it and
     *     leave a stray X. An 18-digit run without an ID's birth-date shape falls through to the
     *     card pattern.
     *  3. Cards before phones: once a card is masked it has no 11-digit run left.
     *  4. Phones last. Each masked form ("110105********1234", "6222 **** **** 7890",
     *     "138****5678") has no run of digits long enough for a later pattern to match again.
     */

    /**
     * An e-mail address: group 1 is the first character of the local part, group 2 the domain.
     * No lookbehind is needed because a regex match starts at the leftmost possible position,
     * which is the start of the local part; a domain ends at its last letter, so a full stop
     * closing a sentence stays outside.
     */
    private static final String EMAIL =
            "([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})";
    private static final String EMAIL_MASKED = "$1***@$2";

    /**
     * An 18-character national ID number: 6-digit region code (never starting with 0), birth
     * date yyyyMMdd in 19xx or 20xx, 3-digit sequence and a check digit 0-9 or X. It may be
     * written in groups 6-8-4 or 6-4-4-4 as apps display it. Group 1 is the region, group 2 the
     * last 4 characters. The check sum is not verified: a mistyped ID is still personal data.
     */
    private static final String NATIONAL_ID = NOT_AFTER_DIGIT
            + "([1-9]\\d{5})" + SEPARATOR + "?"
            + "(?:19|20)\\d{2}" + SEPARATOR + "?"
            + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])" + SEPARATOR + "?"
            + "(\\d{3}[0-9Xx])" + NOT_BEFORE_DIGIT;
    private static final String NATIONAL_ID_MASKED = "$1********$2";

    /**
     * A bank card number of 16 to 19 digits written in groups of four (6222 0212 3456 7890,
     * 6222-0212-3456-7890-123). The tail after the third group holds 4 to 7 digits; the
     * alternatives capture its last four digits, longest tail first so that a trailing group of
     * 1-3 digits is not left behind. Group 1 is the first group; exactly one of groups 2-8
     * (non-participating groups are empty in the replacement) holds the last four digits.
     */
    private static final String CARD_GROUPED = NOT_AFTER_DIGIT
            + "(\\d{4})" + SEPARATOR + "\\d{4}" + SEPARATOR + "\\d{4}" + SEPARATOR
            + "(?:\\d{3}(\\d)" + SEPARATOR + "?(\\d{3})"
            + "|\\d{2}(\\d{2})" + SEPARATOR + "?(\\d{2})"
            + "|\\d(\\d{3})" + SEPARATOR + "?(\\d)"
            + "|(\\d{4}))" + NOT_BEFORE_DIGIT;
    private static final String CARD_GROUPED_MASKED = "$1 **** **** $2$3$4$5$6$7$8";

    /** A bank card number of 16 to 19 digits without separators: group 1 first 4, group 2 last 4. */
    private static final String CARD_CONTIGUOUS =
            NOT_AFTER_DIGIT + "(\\d{4})\\d{8,11}(\\d{4})" + NOT_BEFORE_DIGIT;
    private static final String CARD_MASKED = "$1 **** **** $2";

    /**
     * A mainland mobile number, 1[3-9] and 9 more digits, optionally after +86, 0086 or 86 and
     * optionally grouped 3-4-4. The country code is dropped from the masked form. Group 1 is the
     * first 3 digits, group 2 the last 4.
     */
    private static final String MOBILE = NOT_AFTER_DIGIT
            + "(?:(?:\\+|00)?86" + SEPARATOR + "?)?"
            + "(1[3-9]\\d)" + SEPARATOR + "?\\d{4}" + SEPARATOR + "?(\\d{4})" + NOT_BEFORE_DIGIT;
    private static final String MOBILE_MASKED = "$1****$2";

    /** A country code in front of a mainland mobile number, once separators are stripped. */
    private static final String MOBILE_COUNTRY_CODE = "^(?:00)?86(?=1[3-9]\\d{9}$)";

    /** Phone fields with fewer digits than this become all stars. */
    private static final int MIN_PHONE_DIGITS = 8;
    /**
     * Card fields with fewer digits than this become all stars: the first and last four of
     * anything shorter would show two thirds of the number or more.
     */
    private static final int MIN_CARD_DIGITS = 12;
    /** ID fields with fewer characters than this (the old IDs have 15) become all stars. */
    private static final int MIN_NATIONAL_ID_CHARS = 15;

    private PiiMasking() {
    }

    /**
     * Masks every mobile number, national ID number, bank card number and e-mail address inside
     * free text in any language, leaving the rest of the text as it was:
     * {@code 我的手机13812345678} becomes {@code 我的手机138****5678}. Costs one cheap pass over
     * the text ({@link #MAY_HOLD_PII}), and five regular expression passes over the texts that
     * pass it.
     */
    public static Column maskFreeText(Column text) {
        Objects.requireNonNull(text, "text is null");
        Column digits = asciiDigits(text);
        Column masked = regexp_replace(digits, EMAIL, EMAIL_MASKED);
        masked = regexp_replace(masked, NATIONAL_ID, NATIONAL_ID_MASKED);
        masked = regexp_replace(masked, CARD_GROUPED, CARD_GROUPED_MASKED);
        masked = regexp_replace(masked, CARD_CONTIGUOUS, CARD_MASKED);
        masked = regexp_replace(masked, MOBILE, MOBILE_MASKED);
        return when(digits.rlike(MAY_HOLD_PII), masked).otherwise(digits);
    }

    /**
     * What every pattern above needs: an @ (e-mail) or four digits in a row (an ID starts with
     * six, a card has groups of four, a mobile number has four in the middle). Most posts have
     * neither, and this one pass is much cheaper than the five replacements.
     */
    static final String MAY_HOLD_PII = "@|\\d{4}";

    /** Full-width digits (common in Chinese input methods) as ASCII digits. */
    static Column asciiDigits(Column text) {
        return translate(text, FULL_WIDTH_DIGITS, "0123456789");
    }

    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    /**
     * Masks a field that holds one value of the given kind; see {@link PiiKind} for the masked
     * forms. A value too short to mask safely becomes stars of its own length. {@link
     * PiiKind#NONE} returns {@code value} itself; every other kind returns a string column.
     */
    public static Column maskField(Column value, PiiKind kind) {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(kind, "kind is null");
        return switch (kind) {
            case NONE -> value;
            case PHONE -> maskPhone(value.cast("string"));
            case NATIONAL_ID -> maskNationalId(value.cast("string"));
            case CARD_NUMBER -> maskCardNumber(value.cast("string"));
            case PERSON_NAME -> maskPersonName(value.cast("string"));
            case FREE_TEXT -> maskFreeText(value.cast("string"));
        };
    }

    /** First 3 and last 4 digits, a star for each digit between: {@code +86 138-1234-5678} -> {@code 138****5678}. */
    private static Column maskPhone(Column value) {
        Column digits = regexp_replace(regexp_replace(value, "[^0-9]", ""), MOBILE_COUNTRY_CODE, "");
        return when(length(digits).lt(MIN_PHONE_DIGITS), allStars(value))
                .otherwise(concat(substring(digits, 1, 3),
                        repeat(lit("*"), length(digits).minus(7)),
                        right(digits, lit(4))));
    }

    /** First 6 and last 4 characters, a star for each between: 18 characters give 8 stars. */
    private static Column maskNationalId(Column value) {
        Column compact = regexp_replace(value, "[^0-9A-Za-z]", "");
        return when(length(compact).lt(MIN_NATIONAL_ID_CHARS), allStars(value))
                .otherwise(concat(substring(compact, 1, 6),
                        repeat(lit("*"), length(compact).minus(10)),
                        right(compact, lit(4))));
    }

    /** First 4 and last 4 digits in the same shape whatever the length: {@code 6222 **** **** 7890}. */
    private static Column maskCardNumber(Column value) {
        Column digits = regexp_replace(value, "[^0-9]", "");
        return when(length(digits).lt(MIN_CARD_DIGITS), allStars(value))
                .otherwise(concat(substring(digits, 1, 4), lit(" **** **** "), right(digits, lit(4))));
    }

    /**
     * Keeps the first character and stars every other character except spaces, so the number
     * of words stays visible: {@code 张三丰} -> {@code 张**}, {@code Maria Lopez} -> {@code
     * M**** *****}. A one-character name would be shown whole, so it becomes {@code *}.
     * Surrounding spaces are trimmed first so the kept character is a letter.
     */
    private static Column maskPersonName(Column value) {
        Column name = trim(value);
        Column rest = substring(name, 2, Integer.MAX_VALUE);
        return when(length(name).equalTo(1), lit("*"))
                .otherwise(concat(substring(name, 1, 1), regexp_replace(rest, "\\S", "*")));
    }

    /** One star per character of the value, so a short value shows only its length. */
    private static Column allStars(Column value) {
        return repeat(lit("*"), length(value));
    }
}
