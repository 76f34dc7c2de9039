package com.hindsight.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Query words of search and similar may start with "-" (a NOT: -演练), so picocli passes unknown
 * options on as words (Hindsight#commandLine). A word that looks like a long option
 * ({@code --lmit}) is still a mistake: refused as picocli would refuse it.
 */
final class QueryArguments {
    private QueryArguments() {
    }

    static void rejectMistypedOptions(CommandSpec spec, List<String> words) {
        if (words == null) {
            return;
        }
        for (String word : words) {
            if (word.startsWith("--") && word.length() > 2 && !word.contains(" ")) {
                throw new ParameterException(spec.commandLine(), "Unknown option: '" + word
                        + "' (a query word that starts with -- goes after --)");
            }
        }
    }
}
