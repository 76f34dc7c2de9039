package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Chinese model reads of a text. */
class ChineseTermsTest {
    private static List<String> only(String text, ChineseTerms.Kind... kinds) {
        return ChineseTerms.of(text, EnumSet.of(kinds[0], kinds));
    }

    @Test
    void readsTheSearchSegmentationAsWords() {
        assertThat(only("手机银行登录失败", ChineseTerms.Kind.WORDS))
                .containsExactly("w:手机", "w:银行", "w:登录", "w:失败");
    }

    @Test
    void marksTheWordsAfterANegationUntilTheClauseEnds() {
        assertThat(only("不满意，谢谢", ChineseTerms.Kind.WORDS, ChineseTerms.Kind.NEGATION))
                .containsExactly("w:不", "w:!满意", "w:谢谢");
        assertThat(only("问题没有解决", ChineseTerms.Kind.WORDS, ChineseTerms.Kind.NEGATION))
                .containsExactly("w:问题", "w:没有", "w:!解决");
        // smartcn splits 不是 into 不|是; the scope (3 words) reaches 好
        assertThat(only("不是很好", ChineseTerms.Kind.WORDS, ChineseTerms.Kind.NEGATION))
                .containsExactly("w:不", "w:!是", "w:!很", "w:!好");
        assertThat(only("不满意", ChineseTerms.Kind.WORDS)).containsExactly("w:不", "w:满意");
    }

    @Test
    void readsAWordOnceWhereTheSearchStacksAVariantOnIt() {
        // the search indexes a Spanish stem beside the English one at the same position; the
        // model reads the word once (and the stacked token's offsets never go backwards)
        List<String> words = only("cuentas bloqueadas，不满意", ChineseTerms.Kind.WORDS,
                ChineseTerms.Kind.NEGATION);
        assertThat(words).hasSize(4).endsWith("w:不", "w:!满意");
    }

    @Test
    void negationReachesThreeWords() {
        assertThat(only("没有人给我一个解释", ChineseTerms.Kind.WORDS, ChineseTerms.Kind.NEGATION))
                .filteredOn(t -> t.startsWith("w:!")).hasSize(ChineseTerms.NEGATION_SCOPE);
    }

    @Test
    void pairsNeighbouringWordsAfterNegationMarks() {
        assertThat(only("不满意", ChineseTerms.Kind.WORD_PAIRS, ChineseTerms.Kind.NEGATION))
                .containsExactly("b:不_!满意");
    }

    @Test
    void readsCharactersAndTheirPairsWithinARunOfHan() {
        assertThat(only("好棒 ok 差", ChineseTerms.Kind.CHARACTERS))
                .containsExactly("c:好", "c:棒", "cc:好棒", "c:差");
    }

    @Test
    void keepsEmoticonsWholeAndDropsLinksAndMentions() {
        assertThat(only("//@招商银行:好[哈哈] http://t.cn/zWq3abc @张三 [Good]",
                ChineseTerms.Kind.EMOTICONS, ChineseTerms.Kind.CHARACTERS))
                .containsExactly("e:[哈哈]", "e:[good]", "c:好");
    }

    @Test
    void marksBankTermsAndTurnsThemRoundAfterANegation() {
        assertThat(only("账户被冻结", ChineseTerms.Kind.BANK_TERMS)).containsExactly("d:neg");
        assertThat(only("问题已解决", ChineseTerms.Kind.BANK_TERMS)).containsExactly("d:pos");
        assertThat(only("问题没有解决", ChineseTerms.Kind.BANK_TERMS)).containsExactly("d:neg");
        assertThat(only("不满意。解决了", ChineseTerms.Kind.BANK_TERMS))
                .containsExactlyInAnyOrder("d:pos", "d:neg");
    }

    @Test
    void readsNothingInAnEmptyText() {
        assertThat(ChineseTerms.of(null)).isEmpty();
        assertThat(ChineseTerms.of("  ")).isEmpty();
        assertThat(ChineseTerms.hasWords("[哈哈] @某人 http://t.cn/x")).isFalse();
        assertThat(ChineseTerms.hasWords("[哈哈] 好")).isTrue();
        assertThat(ChineseTerms.withoutEmoticons("好[哈哈]棒")).isEqualTo("好 棒");
    }

    @Test
    void parsesTheKindsSavedInTheModel() {
        assertThat(ChineseTerms.kinds("words, characters,")).containsExactly(
                ChineseTerms.Kind.WORDS, ChineseTerms.Kind.CHARACTERS);
    }
}
