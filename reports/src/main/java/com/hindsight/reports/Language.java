package com.hindsight.reports;

import com.hindsight.core.UserErrorException;
import java.util.Locale;

/** The languages reports are written in; each has one label table ({@link Labels}). */
public enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used on the command line and in file names: {@code en}, {@code zh}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code zh} or {@code en} (any case); anything else is a usage error. */
    public static Language parse(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        throw new UserErrorException("language \"" + code + "\" is not supported (zh or en)");
    }
}
