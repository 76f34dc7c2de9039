package com.hindsight.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes and messages. A configuration or usage problem
 * (IllegalArgumentException, e.g. a missing archive folder) is exit 2; anything else is a failure,
 * exit 1. The message is printed without a stack trace unless HINDSIGHT_DEBUG is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        // the full stack trace goes to the log file only (log4j2.properties: com.hindsight.faults)
        LoggerFactory.getLogger("com.hindsight.faults")
                .error("hindsight {} failed: {}", commandLine.getCommandName(), describe(e), e);
        boolean usage = e instanceof IllegalArgumentException || e instanceof IllegalStateException;
        commandLine.getErr().println("error: " + describe(e));
        if (System.getenv("HINDSIGHT_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return usage ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (message == null && cause != null) {
            return describe(cause);
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
