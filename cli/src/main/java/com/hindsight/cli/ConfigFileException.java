package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import java.util.List;

/**
 * A config file with one or more problems. The message (one line, as every user error) is the
 * first problem in file order and how many follow; {@link #problems()} has each of them, for
 * {@code hindsight config check} to list.
 */
final class ConfigFileException extends UserErrorException {
    private final List<String> problems;

    /** @param problems each "config file F line L: key.path: reason", in file order; not empty */
    ConfigFileException(List<String> problems) {
        super(problems.get(0) + (problems.size() == 1 ? "" : " (and " + (problems.size() - 1)
                + " more problem" + (problems.size() == 2 ? "" : "s")
                + "; `hindsight config check --config FILE` lists them all)"));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
