package com.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TestTextAnalyzers {

    private final Analyzer analyzer = TextAnalyzers.multilingual();

    @Test
    void segmentsChineseIntoWords() {
        assertThat(tokens("手机银行停机")).containsExactly("手机", "银行", "停机");
    }

    @Test
    void foldsAccentsAndCaseSoAccionMatchesAccion() {
        assertThat(tokens("acción ACCIÓN accion")).containsExactly("accion", "accion", "accion");
    }

    @Test
    void keepsAccentedWordsWholeInsideChineseText() {
        assertThat(tokens("我的cuenta bancaria被冻结了")).containsSubsequence("cuenta", "bancaria", "冻结");
    }

    @Test
    void stemsEnglishPluralsAndTenses() {
        assertThat(tokens("duplicate debits")).contains("duplic", "debit");
        assertThat(tokens("duplicated debit")).containsExactly("duplic", "debit");
    }

    @Test
    void stemsSpanishPlurals() {
        assertThat(tokens("cargos duplicados en cuentas")).isEqualTo(tokens("cargo duplicado cuenta"));
    }

    @Test
    void dropsPunctuationAndArticlesButKeepsNegations() {
        assertThat(tokens("The card was NOT received!")).containsExactly("card", "not", "receiv");
        assertThat(tokens("¿Dónde está el dinero? No recibí nada.")).containsExactly("dond", "dinero", "diner", "no", "recibi", "nada");
        assertThat(tokens("“余额错误”，怎么办？")).containsExactly("余额", "错误", "怎么办");
    }

    @Test
    void splitsMixedScriptText() {
        assertThat(tokens("mobile banking app不能登录")).containsExactly("mobil", "bank", "app", "不", "能", "登录");
    }

    @Test
    void normalizesWildcardTermsLikeText() {
        assertThat(analyzer.normalize("text", "ACCIÓN").utf8ToString()).isEqualTo("accion");
    }

    private List<String> tokens(String text) {
        return AnalyzedTokens.of(analyzer, text);
    }
}
