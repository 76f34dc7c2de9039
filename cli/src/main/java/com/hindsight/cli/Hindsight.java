package com.hindsight.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** The hindsight program: one entry point, a subcommand per stage. */
@Command(name = "hindsight", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Post-incident review of bank reputational crises: ingest archived media and"
                + " complaints, analyse spread and response, search past cases, write reports.",
        subcommands = {GenerateCommand.class, IngestCommand.class, AnalyzeCommand.class,
                IndexCommand.class, SearchCommand.class, SimilarCommand.class, ReportCommand.class,
                NightlyCommand.class, PlaybookCommand.class, ConfigCommand.class, ConvertCommand.class,
                ServeCommand.class, HashPasswordCommand.class,
                CommandLine.HelpCommand.class})
public final class Hindsight {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure on the terminal (it is always in the"
                    + " log file).")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Hindsight())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(Hindsight::badUsage);
        listExitCodes(commandLine);
        // a query may start with "-" (a NOT); mistyped --options are still refused (QueryArguments)
        for (String queryCommand : new String[] {"search", "similar"}) {
            commandLine.getSubcommands().get(queryCommand).setUnmatchedOptionsArePositionalParams(true);
        }
        return commandLine;
    }

    /** Whether --verbose was given, to the command or any of its parents. */
    static boolean verbose(CommandLine commandLine) {
        for (CommandLine c = commandLine; c != null; c = c.getParent()) {
            var option = c.getCommandSpec().findOption("--verbose");
            if (option != null && Boolean.TRUE.equals(option.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Every command's --help ends with the exit codes, from {@link ExitCodes}: one place. */
    private static void listExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            listExitCodes(sub);
        }
    }

    /**
     * A bad command line: one line saying what is wrong, a "did you mean" for a mistyped command
     * or option, and where to read the usage (not the whole usage: it buries the error).
     */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String typo = UnknownOptions.firstMistyped(commandLine.getCommandSpec(), args);
        boolean mistypedCommand = e instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption();
        if (typo != null && !mistypedCommand) {
            // picocli may report a missing required option first, or list the typo with the
            // value after it as two unmatched arguments; the typo is the real mistake
            err.println("error: unknown option " + typo);
            UnmatchedArgumentException.printSuggestions(
                    new UnmatchedArgumentException(commandLine, java.util.List.of(typo)), err);
        } else {
            err.println("error: " + e.getMessage());
            if (e instanceof UnmatchedArgumentException unmatched) {
                printSuggestions(unmatched, err);
            }
        }
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * picocli's "did you mean", with a mistyped command's suggestions closest first by Lucene's
     * edit distance, which counts a swap of two letters as one edit: {@code serach} is
     * {@code search} before {@code serve}.
     */
    private static void printSuggestions(UnmatchedArgumentException unmatched, PrintWriter err) {
        java.util.List<String> suggestions = unmatched.getSuggestions();
        java.util.List<String> typed = unmatched.getUnmatched();
        if (unmatched.isUnknownOption() || suggestions.isEmpty() || typed.isEmpty()) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
            return;
        }
        String word = typed.get(0);
        org.apache.lucene.search.spell.LuceneLevenshteinDistance distance =
                new org.apache.lucene.search.spell.LuceneLevenshteinDistance();
        String prefix = unmatched.getCommandLine().getCommandSpec().qualifiedName() + " ";
        err.println("Did you mean: " + suggestions.stream()
                .sorted(java.util.Comparator.comparingDouble(candidate -> -distance.getDistance(word, candidate)))
                .map(candidate -> prefix + candidate)
                .collect(java.util.stream.Collectors.joining(" or ")) + "?");
    }

}
