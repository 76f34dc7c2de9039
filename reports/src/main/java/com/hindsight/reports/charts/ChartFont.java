package com.hindsight.reports.charts;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font charts are drawn with. Chinese labels need a font with CJK glyphs; Java's logical
 * fonts show empty boxes for them on a server without one. The choice: the first preferred family
 * (Noto Sans CJK, then other common CJK families) that can display a probe text, else any installed
 * family that can, else the logical {@code SansSerif} with one WARN line (install fonts-noto-cjk).
 */
public record ChartFont(String family, boolean canDisplayChinese) {
    /** Text every chart font must display: Chinese labels, digits and Latin. */
    public static final String PROBE = "舆情事件首次声明小时 Hours 0123456789%";
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans CJK JP",
            "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
            "Droid Sans Fallback", "AR PL UMing CN", "Microsoft YaHei", "SimHei", "PingFang SC");
    private static final Logger LOG = LoggerFactory.getLogger(ChartFont.class);
    private static volatile ChartFont installed;

    public ChartFont {
        if (family == null || family.isBlank()) {
            throw new IllegalArgumentException("font family is blank");
        }
    }

    /** The choice among the fonts of this machine; looked up once per JVM. */
    public static ChartFont installed() {
        ChartFont chosen = installed;
        if (chosen == null) {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT);
            chosen = choose(Arrays.asList(families));
            installed = chosen;
        }
        return chosen;
    }

    /** The choice among the given families (by name, as the graphics environment lists them). */
    public static ChartFont choose(List<String> families) {
        Optional<String> preferred = PREFERRED.stream()
                .filter(families::contains).filter(ChartFont::displaysProbe).findFirst();
        Optional<String> any = preferred.isPresent() ? preferred : families.stream()
                .sorted(Comparator.naturalOrder()).filter(ChartFont::displaysProbe).findFirst();
        if (any.isPresent()) {
            return new ChartFont(any.get(), true);
        }
        LOG.warn("stage=report.fonts no installed font can display Chinese chart labels;"
                + " using {} (Chinese shows as boxes). Install a CJK font, e.g. apt-get install"
                + " fonts-noto-cjk", Font.SANS_SERIF);
        return new ChartFont(Font.SANS_SERIF, false);
    }

    private static boolean displaysProbe(String family) {
        Font font = new Font(family, Font.PLAIN, 12);
        // an unknown family silently becomes Dialog, which may borrow CJK glyphs: not a choice
        return font.getFamily(Locale.ROOT).equals(family) && font.canDisplayUpTo(PROBE) == -1;
    }

    public Font plain(int size) {
        return new Font(family, Font.PLAIN, size);
    }

    public Font bold(int size) {
        return new Font(family, Font.BOLD, size);
    }
}
