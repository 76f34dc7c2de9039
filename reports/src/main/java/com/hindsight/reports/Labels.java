package com.hindsight.reports;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a report shows (sheet names, headers, row labels, chart titles, translated values),
 * from one table per language: {@code labels_en.properties} and {@code labels_zh.properties}
 * beside this class. Builders never hold display text themselves; a test keeps the two tables'
 * keys equal.
 */
public final class Labels {
    static final String BUNDLE = "com.hindsight.reports.labels";
    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Labels of(Language language) {
        // no fallback to the JVM's locale: a Chinese report must not pick up English by accident
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The text of a key; a key missing from the table is a programming error. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("label \"" + key + "\" is missing from the "
                    + language.code() + " label table (" + BUNDLE + ")", e);
        }
    }

    /**
     * A data value shown translated where the table knows it ({@code channel.weibo} → 微博),
     * else as it is; null is shown as the table's {@code value.none}.
     */
    public String value(String kind, String raw) {
        if (raw == null) {
            return get("value.none");
        }
        String key = kind + "." + raw.toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : raw;
    }

    /** A text with placeholders {@code {0}}, {@code {1}} filled in. */
    public String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
