package com.hindsight.jobs.read;

import java.util.Locale;

/** Turns a column header of a CSV file or spreadsheet into the snake_case field name it means. */
final class HeaderNames {
    private HeaderNames() {
    }

    /** "Published At", " published_at ", "\uFEFFid" and "Published-At" all become published_at. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String name = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        return name.replaceAll("[\\s\\-]+", "_");
    }
}
