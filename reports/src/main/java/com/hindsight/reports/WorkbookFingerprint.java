package com.hindsight.reports;

import com.hindsight.reports.charts.ChartFont;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A workbook's fingerprint: the SHA-256 of everything a workbook and its charts are made from,
 * so that a report run can tell whether the workbook the current report holds is still what it
 * would write now. The inputs: the metrics document, byte for byte (its {@code as_of} included,
 * so a new as-of day rewrites the workbook and its cover never shows an older date than the
 * document's); the report settings (language, period); the {@link ReportFormat#VERSION} of the
 * workbook code; and the chart font (the PNGs depend on it). The analyze run's id is not an
 * input: a carried workbook names on its brief the analyze run it was written from, whose
 * document was the same.
 */
public final class WorkbookFingerprint {
    private final byte[] settings;

    /** The fingerprints of this version of the workbook code ({@link ReportFormat#VERSION}). */
    public WorkbookFingerprint(Language language, ReportPeriod period, ChartFont font) {
        this(ReportFormat.VERSION, language, period, font);
    }

    /** @param formatVersion the workbook code's format: another than the current one in tests */
    WorkbookFingerprint(int formatVersion, Language language, ReportPeriod period, ChartFont font) {
        Objects.requireNonNull(language, "language is null");
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(font, "font is null");
        this.settings = ("hindsight report fingerprint\nformat=" + formatVersion
                + "\nlanguage=" + language.code() + "\nperiod=" + period.code()
                + "\nfont=" + font.family() + "\nfont_displays_chinese=" + font.canDisplayChinese()
                + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The fingerprint of a workbook made from {@code document} (a metrics document's bytes). */
    public String of(byte[] document) {
        MessageDigest sha256 = sha256();
        sha256.update(settings);
        sha256.update(document);
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
