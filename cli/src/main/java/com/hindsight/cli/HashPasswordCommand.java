package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.web.Users;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Print a line for the users file of `hindsight serve --users FILE`:"
                + " NAME:bcrypt-hash (cost " + Users.COST + "). Asks for the password twice on a"
                + " terminal (not echoed); reads one line from standard input otherwise."
                + " Append the line to the users file, e.g. `hindsight hash-password alice >> users`."})
final class HashPasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The user name (letters, digits, . _ @ -).")
    String name;

    @Override
    public Integer call() throws IOException {
        char[] password = readPassword();
        try {
            spec.commandLine().getOut().println(Users.hashLine(name, password));
            spec.commandLine().getOut().flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    private static char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("password: ");
            char[] second = console.readPassword("again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new UserErrorException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new UserErrorException("no password on standard input");
        }
        return line.toCharArray();
    }
}
