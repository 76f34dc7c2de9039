package com.hindsight.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Time in the generator is epoch seconds. Posts and complaints are placed in Asia/Shanghai local
 * time (UTC+08:00 all year, no daylight saving) and written in one of the forms the contract
 * accepts. Formatting is by hand, not by a locale-sensitive formatter.
 */
final class Times {
    private Times() {
    }

    static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    static final long MINUTE = 60;
    static final long HOUR = 3600;
    static final long DAY = 86_400;

    /** How a timestamp is written. */
    enum Style {
        /** 2024-03-05T09:30:00+08:00 */
        ISO_OFFSET,
        /** 2024-03-05T01:30:00Z */
        ISO_UTC,
        /** 2024-03-05 09:30:00, local time in Asia/Shanghai */
        LOCAL,
        /** 1709602200000, a JSON number */
        EPOCH_MILLIS
    }

    /**
     * Relative activity by local hour of day: low between 01:00 and 07:00, highest mid-morning and
     * in the evening.
     */
    private static final double[] HOUR_WEIGHT = {
        0.45, 0.25, 0.15, 0.10, 0.08, 0.10, 0.18, 0.40, 0.70, 0.90, 1.00, 1.00,
        0.95, 0.90, 0.95, 1.00, 1.00, 0.95, 0.90, 0.95, 1.00, 1.00, 0.90, 0.70
    };

    static int localHour(long epochSecond) {
        return (int) Math.floorMod(epochSecond + 8 * HOUR, DAY) / (int) HOUR;
    }

    static double activity(long epochSecond) {
        return HOUR_WEIGHT[localHour(epochSecond)];
    }

    static long atLocal(LocalDate date, int hour, int minute, int second) {
        return date.atTime(hour, minute, second).toEpochSecond(SHANGHAI);
    }

    static LocalDate localDate(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, SHANGHAI).toLocalDate();
    }

    /** Start of the local day that contains the instant. */
    static long startOfLocalDay(long epochSecond) {
        return epochSecond - Math.floorMod(epochSecond + 8 * HOUR, DAY);
    }

    static String format(long epochSecond, Style style) {
        switch (style) {
            case ISO_OFFSET:
                return iso(epochSecond, SHANGHAI, 'T') + "+08:00";
            case ISO_UTC:
                return iso(epochSecond, ZoneOffset.UTC, 'T') + "Z";
            case LOCAL:
                return iso(epochSecond, SHANGHAI, ' ');
            case EPOCH_MILLIS:
                return Long.toString(epochSecond * 1000L);
            default:
                throw new IllegalArgumentException("unknown style " + style);
        }
    }

    static String iso(long epochSecond) {
        return format(epochSecond, Style.ISO_OFFSET);
    }

    /** yyyy-MM-dd of the local date. */
    static String date(LocalDate date) {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, date.getYear(), 4).append('-');
        pad(sb, date.getMonthValue(), 2).append('-');
        pad(sb, date.getDayOfMonth(), 2);
        return sb.toString();
    }

    private static String iso(long epochSecond, ZoneOffset offset, char separator) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        StringBuilder sb = new StringBuilder(25);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append(separator);
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        return sb.toString();
    }

    static StringBuilder pad(StringBuilder sb, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    static String pad(long value, int width) {
        return pad(new StringBuilder(width), value, width).toString();
    }

    /** Chinese month and day, e.g. 3月5日. */
    static String chineseDate(long epochSecond) {
        LocalDate d = localDate(epochSecond);
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Local clock time, e.g. 09:30. */
    static String clock(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, SHANGHAI);
        StringBuilder sb = new StringBuilder(5);
        pad(sb, t.getHour(), 2).append(':');
        return pad(sb, t.getMinute(), 2).toString();
    }
}
