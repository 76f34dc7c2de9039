package com.hindsight.sample;

import com.hindsight.model.Vocabulary;

/** The languages of the texts; the value is what the record's lang field says. */
enum Language {
    ZH("zh"), EN("en"), ES("es");

    private final String code;

    Language(String code) {
        if (!Vocabulary.LANGUAGES.contains(code)) {
            throw new IllegalStateException("language " + code + " is not in the vocabulary");
        }
        this.code = code;
    }

    String code() {
        return code;
    }
}
