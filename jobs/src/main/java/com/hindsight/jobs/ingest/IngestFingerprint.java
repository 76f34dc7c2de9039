package com.hindsight.jobs.ingest;

import com.hindsight.search.IncidentRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What besides the archive's files decides an ingest run's tables, as a hash: the settings that
 * change records (time zone, record size limit, link windows), the Hindsight version and
 * {@link #RULES_VERSION}. An incremental run builds on the previous run only when its fingerprint
 * is the same; otherwise it reads the whole archive.
 */
public final class IngestFingerprint {
    /**
     * Raise when a change to validation, masking, deduplication or linking changes what the same
     * file gives, so that the first run of the new code reads the whole archive again.
     */
    public static final int RULES_VERSION = 1;

    private IngestFingerprint() {
    }

    public static String of(IngestOptions options) {
        String version = Objects.requireNonNullElse(
                IngestFingerprint.class.getPackage().getImplementationVersion(), "development");
        return sha256(String.join("\n", "rules-version=" + RULES_VERSION, "hindsight=" + version,
                "zone=" + options.timeZone().getId(), "max-record-bytes=" + options.maxRecordBytes(),
                "link-lead=" + options.linkLead(), "link-tail=" + options.linkTail(),
                "open-incident-span=" + options.openIncidentSpan()));
    }

    /** The fingerprint of the register's linking rules: ids, queries and windows. */
    public static String ofRules(List<IncidentRule> rules) {
        StringBuilder text = new StringBuilder();
        for (IncidentRule rule : rules) {
            text.append(rule).append('\n');
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
