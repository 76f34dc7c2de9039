package com.hindsight.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Finds a mistyped option among the arguments, which picocli may report as something else. */
final class UnknownOptions {
    private UnknownOptions() {
    }

    /**
     * The first argument that looks like a long option ({@code --name} or {@code --name=value})
     * but is not an option of {@code command}, nor the name of one of its subcommands; null when
     * there is none. Arguments after {@code --} are values, not options.
     */
    static String firstMistyped(CommandSpec command, String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (command.findOption(name) == null && !command.subcommands().containsKey(name)) {
                return name;
            }
        }
        return null;
    }
}
