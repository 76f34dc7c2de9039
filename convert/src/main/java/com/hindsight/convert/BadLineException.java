package com.hindsight.convert;

import java.util.Objects;

/** A line a parser cannot convert: its reason and message become a {@link ConversionProblem}. */
final class BadLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ConversionProblem.Reason reason;

    BadLineException(ConversionProblem.Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason is null");
    }

    ConversionProblem.Reason reason() {
        return reason;
    }

    ConversionProblem at(String file, long line) {
        return new ConversionProblem(file, line, reason, getMessage());
    }
}
