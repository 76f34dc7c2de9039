package com.hindsight.web;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text of the pages, from {@code messages_en.properties} and {@code messages_zh.properties}
 * beside this class (UTF-8). Templates read them as {@code {{t.search_button}}}: the key with
 * its dots written as underscores.
 */
final class Messages {
    static final String BUNDLE = "com.hindsight.web.messages";
    private static final Map<UiLanguage, Messages> LOADED = new EnumMap<>(UiLanguage.class);

    private final UiLanguage language;
    private final ResourceBundle bundle;
    private final Map<String, String> forTemplates;

    private Messages(UiLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key.replace('.', '_'), bundle.getString(key));
        }
        this.forTemplates = Collections.unmodifiableMap(texts);
    }

    static synchronized Messages of(UiLanguage language) {
        return LOADED.computeIfAbsent(language, Messages::new);
    }

    UiLanguage language() {
        return language;
    }

    /** The text of a key; a missing key is a programming error. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("text \"" + key + "\" is missing from " + BUNDLE + "_"
                    + language.code(), e);
        }
    }

    /** The text of a key with {0}, {1}, ... filled in. */
    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }

    /**
     * A vocabulary value's label ({@code category.system_failure}), or the value itself. Channels
     * are media channels or complaint channels ({@code complaint_channel.hotline}).
     */
    String value(String vocabulary, String value) {
        if (value == null) {
            return null;
        }
        String key = vocabulary + "." + value;
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        String complaintChannel = "complaint_channel." + value;
        return vocabulary.equals("channel") && bundle.containsKey(complaintChannel)
                ? bundle.getString(complaintChannel) : value;
    }

    /** Every text, keys with underscores, for the templates. */
    Map<String, String> forTemplates() {
        return forTemplates;
    }
}
