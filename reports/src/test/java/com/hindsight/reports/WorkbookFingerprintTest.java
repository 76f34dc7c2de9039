package com.hindsight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.reports.charts.ChartFont;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every input of a workbook changes its fingerprint; the same inputs give the same one. */
class WorkbookFingerprintTest {
    private static final ChartFont NOTO = new ChartFont("Noto Sans CJK SC", true);
    private static final byte[] DOCUMENT = "{\"as_of\":\"2025-11-14\"}".getBytes(StandardCharsets.UTF_8);

    private static String of(int format, Language language, ReportPeriod period, ChartFont font,
                             byte[] document) {
        return new WorkbookFingerprint(format, language, period, font).of(document);
    }

    @Test
    void sameInputsSameFingerprintAnyInputChangedAnother() {
        String base = of(ReportFormat.VERSION, Language.EN, ReportPeriod.MONTH, NOTO, DOCUMENT);

        assertThat(new WorkbookFingerprint(Language.EN, ReportPeriod.MONTH, NOTO).of(DOCUMENT))
                .isEqualTo(base).startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(of(ReportFormat.VERSION + 1, Language.EN, ReportPeriod.MONTH, NOTO, DOCUMENT))
                .isNotEqualTo(base);
        assertThat(of(ReportFormat.VERSION, Language.ZH, ReportPeriod.MONTH, NOTO, DOCUMENT))
                .isNotEqualTo(base);
        assertThat(of(ReportFormat.VERSION, Language.EN, ReportPeriod.QUARTER, NOTO, DOCUMENT))
                .isNotEqualTo(base);
        assertThat(of(ReportFormat.VERSION, Language.EN, ReportPeriod.MONTH,
                new ChartFont("SansSerif", false), DOCUMENT)).isNotEqualTo(base);
        assertThat(of(ReportFormat.VERSION, Language.EN, ReportPeriod.MONTH, NOTO,
                "{\"as_of\":\"2025-11-15\"}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(base);
    }
}
