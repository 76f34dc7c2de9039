package com.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class TestRequiredLiterals {
    private static final Analyzer WORDS = TextAnalyzers.multilingual();
    private static final Analyzer BIGRAMS = TextAnalyzers.cjkBigrams();

    /** Words whose stems end in letters the word does not have, in English and in Spanish. */
    private static final String INFLECTED = "happy happiness relational conditional sensibility"
            + " probability generalization operator hopping hoping agreed agreement duplicates"
            + " duplicated charges charging customers customs fees felices veces luces comisiones"
            + " comisión cobros duplicados filtración rentabilidad inflada autorizadas ventas"
            + " bloqueada bloqueado estafas responsabilidades universities rationality activities"
            + " ACCIÓN Ｂａｎｋ accounts, account's banking: hidden-fees reembolsos";

    @Test
    void everyTermOfTheRecordAnalysisHasItsLiteralInTheRecordsHaystack() {
        List<BundledSampleRecords.Record> records = new ArrayList<>(BundledSampleRecords.records());
        records.add(new BundledSampleRecords.Record(INFLECTED, INFLECTED.toUpperCase()));
        records.add(new BundledSampleRecords.Record("北辰银行“小额账户管理费”，帳戶凍結。ＡＰＰ登录不了", "「華信銀行」重複扣款"));
        assertThat(records).as("the bundled sample's posts and complaints").hasSizeGreaterThan(9_000);

        List<String> missing = new ArrayList<>();
        int han = 0;
        int latin = 0;
        for (BundledSampleRecords.Record record : records) {
            String haystack = RequiredLiterals.haystack(record.text(), record.title());
            for (String field : new String[] {record.text(), record.title()}) {
                if (field == null) {
                    continue;
                }
                for (String term : terms(field)) {
                    String literal = RequiredLiterals.literalOf(term);
                    if (literal == null) {
                        continue;
                    }
                    if (!haystack.contains(literal)) {
                        missing.add(term + " -> " + literal + " in " + field);
                    }
                    han += Character.isIdeographic(literal.codePointAt(0)) ? 1 : 0;
                    latin += Character.isLetter(literal.charAt(0)) && literal.charAt(0) < 128 ? 1 : 0;
                }
            }
        }
        assertThat(missing).as("terms whose literal is not in the text they came from").isEmpty();
        assertThat(han).as("Han literals checked").isGreaterThan(100_000);
        assertThat(latin).as("Latin literals checked").isGreaterThan(1_000);
    }

    @Test
    void aLatinStemGivesItsBeginningAndAShortOneNothing() {
        assertThat(RequiredLiterals.literalOf("duplic")).isEqualTo("dup");
        assertThat(RequiredLiterals.literalOf("huaxin")).isEqualTo("hua");
        assertThat(RequiredLiterals.literalOf("bank")).isNull();
        assertThat(RequiredLiterals.literalOf("重复")).isEqualTo("重复");
        assertThat(RequiredLiterals.literalOf("95588")).isEqualTo("95588");
        assertThat(RequiredLiterals.literalOf("fraud*")).isNull();
    }

    @Test
    void theRegisterQueryRequiresTheBankAndTheProblemInOneOfTheirLanguages() {
        String[][] groups = RequiredLiterals.of(parse("(\"华信银行\" OR \"Huaxin Bank\") AND"
                + " (\"重复扣款\" OR \"余额显示错误\" OR \"duplicate charges\" OR \"cobros duplicados\")"));

        String bank = "华信银行";
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack(bank + "又出现重复扣款", null), groups)).isTrue();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("Huaxin Bank: Duplicate charges", null), groups))
                .isTrue();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("余额显示错误", "華信銀行"), groups))
                .as("the title and Traditional characters count").isTrue();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("北辰银行重复扣款", null), groups))
                .as("another bank").isFalse();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack(bank + "服务不错", null), groups))
                .as("the bank without the problem").isFalse();
        assertThat(groups.length).as("one look-up or a few per group").isLessThanOrEqualTo(64);
    }

    @Test
    void whatMayMatchWithoutACheckableStringRequiresNothing() {
        assertThat(RequiredLiterals.of(parse("fraud* OR 扣款"))).isEmpty();
        assertThat(RequiredLiterals.of(parse("bank"))).isEmpty();
        String[][] notDrill = RequiredLiterals.of(parse("扣款 NOT 演练"));
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("扣款演练", null), notDrill)).isTrue();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("演练", null), notDrill)).isFalse();
        String[][] and = RequiredLiterals.of(parse("fraud* AND 扣款"));
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("fraudulent", null), and))
                .as("the AND still needs 扣款").isFalse();
        assertThat(RequiredLiterals.holds(RequiredLiterals.haystack("扣款", null), and)).isTrue();
    }

    private static Query parse(String query) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(TextAnalyzers.multilingualQuery(null), Map.of(
                TextFields.bigramsOf("text"), BIGRAMS, TextFields.bigramsOf("title"), BIGRAMS));
        try {
            return new MultilingualQueryParser(List.of("text", "title"), java.util.Set.of("text", "title"),
                    analyzer).parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The word and bigram terms the record analysis gives for the field's value. */
    private static List<String> terms(String value) {
        List<String> terms = new ArrayList<>(AnalyzedTokens.of(WORDS, value));
        terms.addAll(AnalyzedTokens.of(BIGRAMS, value));
        return terms;
    }
}
