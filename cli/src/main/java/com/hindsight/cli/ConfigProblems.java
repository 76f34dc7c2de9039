package com.hindsight.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one config file. The whole file is checked before anything is reported,
 * so that {@code hindsight config check} can list every problem at once; a command reports the
 * first and stops before it starts any work.
 */
final class ConfigProblems {
    private record Problem(int line, String path, String reason) {
    }

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();

    ConfigProblems(Path file) {
        this.file = file;
    }

    /** A problem with {@code node}: its line and key path are reported with {@code reason}. */
    void add(ConfigNode node, String reason) {
        problems.add(new Problem(node.line(), node.path(), reason));
    }

    /** @throws ConfigFileException listing the problems in file order, when there are any */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<String> messages = problems.stream()
                .sorted(Comparator.comparingInt(Problem::line))
                .map(p -> "config file " + file + " line " + p.line() + ": "
                        + (p.path().isEmpty() ? "" : p.path() + ": ") + p.reason())
                .toList();
        throw new ConfigFileException(messages);
    }
}
