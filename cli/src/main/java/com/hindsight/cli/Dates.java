package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days typed on the command line. */
final class Dates {
    private Dates() {
    }

    /** The day {@code text} names, null when absent; not a yyyy-MM-dd date is a user error. */
    static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserErrorException(option + " \"" + text + "\" is not a date (yyyy-MM-dd)");
        }
    }
}
