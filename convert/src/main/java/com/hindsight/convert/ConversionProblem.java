package com.hindsight.convert;

import java.util.Locale;
import java.util.Objects;

/**
 * A line (or a whole file) a converter set aside or could not convert as it stands.
 *
 * @param file    the input file, as the converter names it (e.g. {@code twitter15-trees/tree/1.txt})
 * @param line    the 1-based line, or 0 when the problem concerns the whole file
 * @param reason  what kind of problem
 * @param message what is wrong and, where it helps, what was done about it
 */
public record ConversionProblem(String file, long line, Reason reason, String message) {
    /** The kinds of problem; {@link #code()} is the stable name used in summaries. */
    public enum Reason {
        /** A tree line that is not {@code ['uid', 'tweet', 'delay']->['uid', 'tweet', 'delay']}. */
        BAD_EDGE,
        /** A delay that is not a number of minutes. */
        BAD_DELAY,
        /** A second ROOT line naming another root. */
        SECOND_ROOT,
        /** A tree file without ROOT line. */
        NO_ROOT,
        /** A tree file without a single edge. */
        EMPTY_TREE,
        /** A tree file whose name is not {@code <source tweet id>.txt}. */
        BAD_FILE_NAME,
        /** A source tweet id whose time cannot be read from it (not a Snowflake id). */
        NO_TIME,
        /** A label.txt line that is not {@code label:tweet_id}. */
        BAD_LABEL,
        /** A CSV export that is not a CFPB export (a required column is missing). */
        NOT_AN_EXPORT,
        /** A CSV record without a required value. */
        MISSING_FIELD,
        /** A CSV date that is neither yyyy-MM-dd nor MM/dd/yyyy. */
        BAD_DATE,
        /** A CSV value the mapping does not know. */
        UNMAPPED_VALUE,
        /** A CSV record with more fields than the header, or an empty line. */
        BAD_ROW,
        /** A file that cannot be read (further). */
        UNREADABLE_FILE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ConversionProblem {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(message, "message is null");
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
    }

    /** {@code file line N: message (reason)}, or {@code file: message (reason)} for a whole file. */
    public String describe() {
        String where = line == 0 ? file : file + " line " + line;
        return where + ": " + message + " (" + reason.code() + ")";
    }
}
