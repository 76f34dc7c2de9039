package com.hindsight.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.reports.charts.ChartFont;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every input of a workbook changes its fingerprint; the same inputs give the same one. */
class WorkbookFingerprintTest {
    private static final ChartFont NOTO = new ChartFont("Noto Sans CJK SC", true);
    private static final byte[] DOCUMENT = bytes("{'as_of':'2025-11-14','open_review_actions':[{'due':"
            + "'2024-05-03','days_overdue':560}]}");

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
                bytes("{'as_of':'2025-11-15','open_review_actions':[{'due':'2024-05-03',"
                        + "'days_overdue':561}]}"))).isNotEqualTo(base);
    }

    @Test
    void theDayCountsOnlyWhereReviewActionsAreOpen() {
        WorkbookFingerprint fingerprints = new WorkbookFingerprint(Language.EN, ReportPeriod.MONTH, NOTO);
        String quiet = fingerprints.of(bytes("{'as_of':'2025-11-14','open_review_actions':[],'x':1}"));

        assertThat(fingerprints.of(bytes("{'as_of':'2025-11-15','open_review_actions':[],'x':1}")))
                .isEqualTo(quiet);
        assertThat(fingerprints.of(bytes("{'as_of':'2025-11-15','x':1}")))
                .as("no open actions at all").isNotEqualTo(quiet)
                .isEqualTo(fingerprints.of(bytes("{'as_of':'2025-11-16','x':1}")));
        assertThat(fingerprints.of(bytes("{'as_of':'2025-11-15','open_review_actions':[],'x':2}")))
                .as("any other change counts").isNotEqualTo(quiet);
        assertThat(fingerprints.of(bytes("{'as_of':")))
                .as("not JSON: the bytes as they are, reading fails later with the reason")
                .isNotEqualTo(fingerprints.of(bytes("{'as_of':2")));
    }

    private static byte[] bytes(String singleQuotedJson) {
        return singleQuotedJson.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }
}
