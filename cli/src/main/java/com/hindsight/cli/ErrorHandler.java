package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one place failures become exit codes and messages (docs/architecture.md, "Exit codes"):
 * a {@link UserErrorException} is the user's to fix, exit 2 with its message on one line;
 * anything else is a fault, exit 1 with one line naming the stage and saying it is a fault, the
 * stack trace in the log and, with --verbose, on the terminal.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String stage = e instanceof StageFailedException failed ? failed.stage().key() : null;
        Throwable cause = e instanceof StageFailedException ? e.getCause() : e;
        String command = commandLine.getCommandSpec().qualifiedName();
        int code;
        if (e instanceof StageFailedException failed && failed.stoppedBySignal()) {
            // the runner said which stage stopped and what stays published
            LoggerFactory.getLogger("com.hindsight.faults").warn("{} stopped by a signal in the"
                    + " {} stage", command, stage, cause);
            code = ExitCodes.FAULT;
        } else if (cause instanceof UserErrorException) {
            err.println("error: " + cause.getMessage());
            code = ExitCodes.USAGE;
        } else {
            err.println("error: " + (stage == null ? command : "the " + stage + " stage")
                    + " failed with an internal fault: " + describe(cause)
                    + (Hindsight.verbose(commandLine) ? "" : " (stack trace in " + logFile()
                    + "; --verbose prints it)"));
            // looked up here, not in a static field: logging starts only when there is a fault,
            // so a search or --help does not pay for starting log4j
            Logger faults = LoggerFactory.getLogger("com.hindsight.faults");
            faults.error("{} failed{}", command, stage == null ? "" : " in the " + stage
                    + " stage", cause);
            code = ExitCodes.FAULT;
        }
        if (Hindsight.verbose(commandLine)) {
            cause.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Where the stack trace is: the file bin/hindsight names, else "the log" (spark-submit). */
    private static String logFile() {
        String file = System.getProperty("hindsight.log.file");
        return file == null ? "the log" : file;
    }

    /** The exception's class and message, and the root cause's when it differs. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + firstLine(e.getMessage()));
        if (root == e) {
            return first;
        }
        return first + "; cause " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
