package com.hindsight.reports;

import com.hindsight.core.UserErrorException;
import java.time.LocalDate;
import java.util.Locale;

/** The periods the portfolio's trends are grouped by: calendar months or quarters. */
public enum ReportPeriod {
    MONTH,
    QUARTER;

    /** The period a day falls in, as the trends sheet shows it: {@code 2024-02}, {@code 2024-Q1}. */
    public String of(LocalDate day) {
        return this == MONTH ? String.format(Locale.ROOT, "%04d-%02d", day.getYear(),
                day.getMonthValue())
                : String.format(Locale.ROOT, "%04d-Q%d", day.getYear(),
                (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the period after the one {@code day} falls in. */
    public LocalDate next(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return this == MONTH ? first.plusMonths(1)
                : first.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code month} or {@code quarter} (any case); anything else is a usage error. */
    public static ReportPeriod parse(String code) {
        for (ReportPeriod period : values()) {
            if (period.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return period;
            }
        }
        throw new UserErrorException("--period \"" + code + "\" is not supported (month or quarter)");
    }
}
