package com.hindsight.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every hindsight command, for schedulers to act on; the one place they are
 * defined and described (every command's --help lists them from here).
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Finished, nothing set aside. */
    public static final int OK = 0;
    /** An internal fault (a bug, a crash, a lost cluster): the stage's previous run stays current. */
    public static final int FAULT = 1;
    /** The user's to fix: a bad flag or setting, a missing input, a bad query, no published run yet. */
    public static final int USAGE = 2;
    /** Finished and published, but some input was set aside: quarantined records, skipped documents. */
    public static final int SET_ASIDE = 3;

    /** The codes as --help lists them. */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "finished, nothing set aside");
        codes.put(FAULT + "", "internal fault: nothing was published by the failing stage, its"
                + " previous run stays current; the log has the stack trace");
        codes.put(USAGE + "", "the user's to fix: bad flag or setting, missing input, bad query,"
                + " no published run to read yet, the warehouse in use by another run");
        codes.put(SET_ASIDE + "", "finished and published, but records were quarantined or"
                + " metrics documents skipped");
        return codes;
    }
}
