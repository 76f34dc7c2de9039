package com.hindsight.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartFontTest {
    private static final List<String> INSTALLED = Arrays.asList(GraphicsEnvironment
            .getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));

    @Test
    void choosesAFontThatDisplaysChineseWhenOneIsInstalled() {
        boolean anyCjk = INSTALLED.stream().anyMatch(family -> {
            Font font = new Font(family, Font.PLAIN, 12);
            return font.getFamily(Locale.ROOT).equals(family)
                    && font.canDisplayUpTo(ChartFont.PROBE) == -1;
        });
        assumeTrue(anyCjk, "no CJK font installed (apt-get install fonts-noto-cjk)");

        ChartFont chosen = ChartFont.installed();

        assertThat(chosen.canDisplayChinese()).isTrue();
        assertThat(chosen.plain(12).canDisplayUpTo(ChartFont.PROBE)).isEqualTo(-1);
    }

    @Test
    void prefersNotoSansCjkWhenInstalled() {
        assumeTrue(INSTALLED.contains("Noto Sans CJK SC"), "Noto Sans CJK SC is not installed");

        assertThat(ChartFont.choose(INSTALLED).family()).isEqualTo("Noto Sans CJK SC");
    }

    @Test
    void fallsBackToTheLogicalSansSerifWhenNoFontCanDisplayChinese() {
        ChartFont chosen = ChartFont.choose(List.of("No Such Font"));

        assertThat(chosen.family()).isEqualTo(Font.SANS_SERIF);
        assertThat(chosen.canDisplayChinese()).isFalse();
    }
}
