package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLanguageTest {
    @Test
    void usesTheLangFieldWhenSetIgnoringRegionAndCase() {
        assertThat(PostLanguage.of("EN-gb", "银行")).isEqualTo("en");
        assertThat(PostLanguage.of("zh_CN", "bank")).isEqualTo("zh");
        assertThat(PostLanguage.of("es", "")).isEqualTo("es");
        assertThat(PostLanguage.of("fr", "la banque")).isEqualTo("other");
        assertThat(PostLanguage.of("other", "bank")).isEqualTo("other");
    }

    @Test
    void guessesFromTheTextWhenTheFieldIsEmpty() {
        assertThat(PostLanguage.of(null, "The app is down again")).isEqualTo("en");
        assertThat(PostLanguage.of(" ", "La app no funciona y nadie responde")).isEqualTo("es");
        assertThat(PostLanguage.of(null, "¡Gracias!")).isEqualTo("es");
        assertThat(PostLanguage.of(null, "华信银行 APP down")).isEqualTo("zh");
        assertThat(PostLanguage.of(null, "12345 !!!")).isEqualTo("other");
        assertThat(PostLanguage.of(null, null)).isEqualTo("other");
    }
}
