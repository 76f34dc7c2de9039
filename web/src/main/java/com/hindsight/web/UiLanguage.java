package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import java.util.Locale;

/** The languages of the pages. */
public enum UiLanguage {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    UiLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code zh} or {@code en}; anything else is a user error. */
    public static UiLanguage of(String code) {
        UiLanguage language = orNull(code);
        if (language == null) {
            throw new UserErrorException("language must be zh or en: " + code);
        }
        return language;
    }

    /** The language of a code, or null for an unknown or absent one. */
    public static UiLanguage orNull(String code) {
        if (code == null) {
            return null;
        }
        for (UiLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        return null;
    }
}
