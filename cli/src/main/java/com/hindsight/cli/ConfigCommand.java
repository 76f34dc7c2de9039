package com.hindsight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight config}: the settings file. {@code config check} reads it as every command
 * would, lists every problem (file, line, key path, reason), and prints the effective settings,
 * defaults filled in, as a config file: what a night will use. Starts nothing, writes nothing.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "The settings file (--config; docs/configuration.md lists every key).",
        subcommands = ConfigCommand.Check.class)
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: check");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a config file as every command reads it: unknown keys, wrong"
                    + " types, values out of range, unknown milestones, duplicate alert rules,"
                    + " bad zone or language, missing playbook file. Lists every problem with its"
                    + " file, line, key path and reason (exit 2); else prints the effective"
                    + " settings, defaults filled in, as a config file (JSON on stdout). Without"
                    + " --config, prints the defaults. Starts nothing, writes nothing."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            HindsightConfig settings;
            try {
                settings = config.resolve(HindsightConfig.empty());
            } catch (ConfigFileException e) {
                e.problems().forEach(problem -> err.println("error: " + problem));
                err.flush();
                return ExitCodes.USAGE;
            }
            settings.check();
            spec.commandLine().getOut().println(settings.toJson());
            spec.commandLine().getOut().flush();
            err.println(config.file == null ? "no --config file: these are the defaults"
                    : "config file " + config.file + " is valid; the settings above are what a"
                    + " command uses with it (its flags win over them)");
            err.flush();
            return ExitCodes.OK;
        }
    }
}
