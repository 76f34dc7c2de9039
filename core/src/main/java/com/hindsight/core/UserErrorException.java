package com.hindsight.core;

/**
 * A failure that is the user's to fix, not a fault of the program: a bad flag or setting, an input
 * that is missing or unreadable, a bad query, a stage run before the stage it reads from. The
 * command line prints its message as one line and exits 2; anything else that escapes a command is
 * a fault (exit 1, stack trace in the log). The message must say what is wrong and, where it can,
 * what to do: "warehouse /data/wh has no published ingest run; run `hindsight ingest` first".
 */
public class UserErrorException extends RuntimeException {
    public UserErrorException(String message) {
        super(message);
    }

    public UserErrorException(String message, Throwable cause) {
        super(message, cause);
    }
}
