package com.hindsight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The hindsight program: one entry point, a subcommand per stage. */
@Command(name = "hindsight", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Post-incident review of bank reputational crises: ingest archived media and"
                + " complaints, analyse spread and response, search past cases, write reports.",
        subcommands = {GenerateCommand.class, IngestCommand.class, AnalyzeCommand.class,
                IndexCommand.class, SearchCommand.class, ReportCommand.class, NightlyCommand.class,
                ConvertCommand.class,
                CommandLine.HelpCommand.class})
public final class Hindsight {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it. */
    public static CommandLine commandLine() {
        return new CommandLine(new Hindsight())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler((e, args) -> {
                    e.getCommandLine().getErr().println("error: " + e.getMessage());
                    e.getCommandLine().usage(e.getCommandLine().getErr());
                    return ExitCodes.USAGE;
                });
    }
}
