package com.hindsight.convert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;

/**
 * How a record of a CFPB Consumer Complaint Database export (the 2014 column set or the current
 * one) becomes an archive complaint. docs/validation.md has the table; in short:
 *
 * <ul>
 * <li>{@code id} = {@code CFPB-} + Complaint ID; {@code received_at} = Date received and
 *     {@code first_response_at} = Date sent to company, both as local midnight
 *     ({@code yyyy-MM-dd 00:00:00}, read in the ingest time zone);
 * <li>{@code channel} from Submitted via, {@code outcome} from the company response, by the
 *     tables below; {@code status} = the company response verbatim;
 * <li>{@code text} = the narrative, else {@code Product / Issue / Sub-issue};
 *     {@code product}, {@code issue}; {@code branch} = State;
 * <li>{@code timely_response} (Timely response?) and {@code consumer_disputed} are kept
 *     verbatim. They are not contract fields, so ingest ignores them; the converter counts the
 *     timely share instead.
 * </ul>
 *
 * <p>A value outside the tables is a problem, not a guess: the record is reported and left out,
 * so a new export cannot slip through half mapped. Add the value here and to the docs.
 */
public final class CfpbMapping {
    /** The archive columns, in file order; the last two are not contract fields. */
    public static final List<String> ARCHIVE_HEADER = List.of("id", "received_at", "channel",
            "text", "product", "issue", "branch", "first_response_at", "status", "outcome",
            "timely_response", "consumer_disputed");

    /** Submitted via → complaint channel. */
    public static final Map<String, String> CHANNELS = Map.of(
            "Web", "web",
            "Phone", "hotline",
            "Email", "email",
            "Referral", "regulator",
            "Postal mail", "other",
            "Fax", "other");

    /** Company response (to consumer) → complaint outcome; "" means no outcome. */
    public static final Map<String, String> OUTCOMES = Map.of(
            "Closed with explanation", "explained",
            "Closed with monetary relief", "compensated",
            "Closed with non-monetary relief", "corrected",
            "Closed without relief", "rejected",
            "In progress", "pending",
            "Closed", "",
            "Untimely response", "");

    static final String ID = "Complaint ID";
    static final String RECEIVED = "Date received";
    static final String SENT = "Date sent to company";
    static final String SUBMITTED_VIA = "Submitted via";
    static final String RESPONSE = "Company response to consumer";
    static final String RESPONSE_2014 = "Company response";
    static final String TIMELY = "Timely response?";
    static final String DISPUTED = "Consumer disputed?";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final DateTimeFormatter ARCHIVE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd 00:00:00");

    private CfpbMapping() {
    }

    /** The required columns the header lacks; empty for a CFPB export. */
    static List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (String column : List.of(ID, RECEIVED, SENT, SUBMITTED_VIA)) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (!header.contains(RESPONSE) && !header.contains(RESPONSE_2014)) {
            missing.add(RESPONSE + " (2014: " + RESPONSE_2014 + ")");
        }
        return missing;
    }

    /**
     * One export record as archive fields, in {@link #ARCHIVE_HEADER} order.
     * {@code consumer_disputed} is present only when the record has that column, so a record
     * the export cut short stays short.
     *
     * @throws BadLineException listing every problem of the record
     */
    static Map<String, String> toArchive(CSVRecord record) {
        List<String> problems = new ArrayList<>();
        ConversionProblem.Reason reason = null;
        String id = value(record, ID);
        if (id.isEmpty()) {
            problems.add(ID + " is empty");
            reason = ConversionProblem.Reason.MISSING_FIELD;
        }
        String received = value(record, RECEIVED);
        if (received.isEmpty()) {
            problems.add(RECEIVED + " is empty");
            reason = reason == null ? ConversionProblem.Reason.MISSING_FIELD : reason;
        }
        String receivedAt = date(received, RECEIVED, problems);
        String sentAt = date(value(record, SENT), SENT, problems);
        if (reason == null && (receivedAt == null || sentAt == null)) {
            reason = ConversionProblem.Reason.BAD_DATE;
        }
        String response = value(record, record.isMapped(RESPONSE) ? RESPONSE : RESPONSE_2014);
        String channel = mapped(CHANNELS, value(record, SUBMITTED_VIA), SUBMITTED_VIA, problems);
        String outcome = mapped(OUTCOMES, response, "company response", problems);
        if (reason == null && (channel == null || outcome == null)) {
            reason = ConversionProblem.Reason.UNMAPPED_VALUE;
        }
        if (!problems.isEmpty()) {
            throw new BadLineException(reason, "complaint " + (id.isEmpty() ? "without id" : id)
                    + ": " + String.join("; ", problems) + "; the record was left out");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "CFPB-" + id);
        fields.put("received_at", receivedAt);
        fields.put("channel", channel);
        fields.put("text", text(record));
        fields.put("product", value(record, "Product"));
        fields.put("issue", value(record, "Issue"));
        fields.put("branch", value(record, "State"));
        fields.put("first_response_at", sentAt);
        fields.put("status", response);
        fields.put("outcome", outcome);
        fields.put("timely_response", value(record, TIMELY));
        if (record.isSet(DISPUTED)) {
            fields.put("consumer_disputed", record.get(DISPUTED));
        }
        return fields;
    }

    /** The narrative when the consumer gave one, else what the complaint is about. */
    private static String text(CSVRecord record) {
        String narrative = value(record, "Consumer complaint narrative");
        if (!narrative.isBlank()) {
            return narrative;
        }
        return Stream.of("Product", "Issue", "Sub-issue").map(name -> value(record, name))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" / "));
    }

    /**
     * A CFPB date, ISO {@code yyyy-MM-dd} (current exports) or {@code MM/dd/yyyy} (2014), as
     * local midnight {@code yyyy-MM-dd 00:00:00}; "" stays "".
     *
     * @throws IllegalArgumentException for any other form
     */
    public static String timestamp(String date) {
        if (date.isEmpty()) {
            return "";
        }
        try {
            LocalDate day = date.contains("/") ? LocalDate.parse(date, US_DATE)
                    : LocalDate.parse(date);
            return ARCHIVE_TIME.format(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("CFPB date \"" + date + "\" is neither yyyy-MM-dd"
                    + " nor MM/dd/yyyy", e);
        }
    }

    private static String date(String value, String column, List<String> problems) {
        try {
            return timestamp(value);
        } catch (IllegalArgumentException e) {
            problems.add(column + " \"" + value + "\" is neither yyyy-MM-dd nor MM/dd/yyyy");
            return null;
        }
    }

    private static String mapped(Map<String, String> mapping, String value, String column,
                                 List<String> problems) {
        String result = mapping.get(value);
        if (result == null) {
            problems.add(column + " \"" + value + "\" has no mapping (add it to CfpbMapping and"
                    + " docs/validation.md)");
        }
        return result;
    }

    /** A column's value, "" when the export has no such column or the record stops before it. */
    static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }
}
