package com.hindsight.jobs.read;

/** Helpers for the raw text kept with a quarantined record. */
final class RawText {
    private RawText() {
    }

    /** How much of an oversized or unreadable record the quarantine keeps. */
    static final int PREVIEW_CHARS = 2000;

    static String preview(String text) {
        if (text == null || text.length() <= PREVIEW_CHARS) {
            return text;
        }
        return text.substring(0, PREVIEW_CHARS) + "…[" + (text.length() - PREVIEW_CHARS)
                + " more characters]";
    }

    /** Whether decoding replaced undecodable bytes (the decoders here use REPLACE). */
    static boolean hasReplacementCharacter(String text) {
        return text != null && text.indexOf('\uFFFD') >= 0;
    }
}
