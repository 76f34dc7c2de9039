package com.hindsight.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.reports.charts.ChartFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A workbook's fingerprint: the SHA-256 of everything a workbook and its charts are made from,
 * so that a report run can tell whether the workbook the current report holds is still what it
 * would write now. The inputs: the metrics document; the report settings (language, period); the
 * {@link ReportFormat#VERSION} of the workbook code; and the chart font (the PNGs depend on it).
 *
 * <p>The document counts byte for byte, except its {@code as_of} date when it lists no open
 * review actions: then nothing the workbook shows depends on the day (the date appears only as
 * the "data as of" of its brief), so the nightly of a new day carries the workbook of a quiet
 * incident over instead of rewriting it, and its brief keeps the date and analyze run it was
 * written from. A document with open review actions counts its {@code as_of}: their overdue days
 * grow with it. The analyze run's id is never an input.
 */
public final class WorkbookFingerprint {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        sha256.update(withoutDayWhenItShowsNothing(document));
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * The document without {@code as_of} when it has no open review actions; as it is otherwise,
     * and as it is when it is not a JSON object (reading it then fails with the reason).
     */
    private static byte[] withoutDayWhenItShowsNothing(byte[] document) {
        JsonNode tree;
        try {
            tree = JSON.readTree(document);
        } catch (IOException e) {
            return document;
        }
        if (!(tree instanceof ObjectNode root)) {
            return document;
        }
        JsonNode open = root.get(MetricsContract.OPEN_REVIEW_ACTIONS_KEY);
        if (open != null && !open.isEmpty()) {
            return document;
        }
        root.remove(MetricsContract.AS_OF_KEY);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("a parsed document is written again", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
