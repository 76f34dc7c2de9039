package com.hindsight.cli;

/** The exit codes of every hindsight command, for schedulers to act on. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Finished, nothing set aside. */
    public static final int OK = 0;
    /** Failed; nothing was published (the previous run stays current). */
    public static final int FAILURE = 1;
    /** Bad usage or configuration: wrong flags, missing folders, bad config file. */
    public static final int USAGE = 2;
    /** Finished and published, but some records were quarantined. */
    public static final int QUARANTINED = 3;
}
