package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search examples of the documentation, read from the Markdown files themselves, so that an
 * example that finds nothing on the bundled sample fails the build:
 *
 * <ul>
 *   <li>every {@code bin/hindsight search ...} command of README.md and docs/search.md, in a code
 *       block or an inline code span, except synopses (whose warehouse is the placeholder
 *       {@code DIR}); the command is split like a shell would (quotes, backslashes, a trailing
 *       {@code # comment}) and its {@code --warehouse} is replaced by the sample's;</li>
 *   <li>every query in the first column of README.md's query table (the one headed
 *       {@code | query | finds |}).</li>
 * </ul>
 *
 * {@link SampleArchiveEndToEndTest} runs them on the warehouse it built; the extraction itself is
 * tested without Spark by {@code DocumentedSearchExamplesTest}.
 */
final class DocumentedSearchExamples {
    static final Path README = Path.of("..", "README.md");
    static final Path SEARCH_DOC = Path.of("..", "docs", "search.md");
    static final String COMMAND = "bin/hindsight search";
    private static final String QUERY_TABLE_HEADER = "| query | finds |";
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example: where it is written, and the arguments of the search command it stands for. */
    record Example(String source, List<String> args) {
        @Override
        public String toString() {
            return source + ": " + String.join(" ", args);
        }
    }

    private DocumentedSearchExamples() {
    }

    /** The examples of README.md and docs/search.md, in the order they are written. */
    static List<Example> all() {
        List<Example> examples = new ArrayList<>(commands(README));
        examples.addAll(queryTable(README));
        examples.addAll(commands(SEARCH_DOC));
        return examples;
    }

    /** Every {@code bin/hindsight search} command of a Markdown file, synopses left out. */
    static List<Example> commands(Path markdown) {
        List<String> lines = read(markdown);
        List<Example> examples = new ArrayList<>();
        boolean inCodeBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inCodeBlock = !inCodeBlock;
                continue;
            }
            List<String> candidates = new ArrayList<>();
            if (inCodeBlock) {
                int at = line.indexOf(COMMAND);
                if (at >= 0) {
                    candidates.add(line.substring(at));
                }
            } else {
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    int at = span.group(1).indexOf(COMMAND);
                    if (at >= 0) {
                        candidates.add(span.group(1).substring(at));
                    }
                }
            }
            for (String candidate : candidates) {
                List<String> words = shellWords(candidate);
                List<String> args = new ArrayList<>(words.subList(1, words.size())); // "search" ...
                if (args.size() == 1) {
                    continue; // the command named in prose, without arguments
                }
                int warehouse = args.indexOf("--warehouse");
                if (warehouse >= 0 && warehouse + 1 < args.size()
                        && args.get(warehouse + 1).equals("DIR")) {
                    continue; // a synopsis, not an example
                }
                examples.add(new Example(markdown.getFileName() + " line " + (i + 1), args));
            }
        }
        return examples;
    }

    /** The queries of the first column of README.md's query table, one example each. */
    static List<Example> queryTable(Path markdown) {
        List<String> lines = read(markdown);
        List<Example> examples = new ArrayList<>();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(QUERY_TABLE_HEADER)) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return examples;
        }
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String firstCell = lines.get(i).split("(?<!\\\\)\\|")[1];
            Matcher span = CODE_SPAN.matcher(firstCell);
            while (span.find()) {
                examples.add(new Example(markdown.getFileName() + " line " + (i + 1),
                        List.of("search", "--warehouse", "warehouse", span.group(1))));
            }
        }
        return examples;
    }

    /**
     * Runs every example on a warehouse with a published index, and checks that each exits 0 and
     * finds at least one document.
     */
    static void assertEachFindsHits(List<Example> examples, Path warehouse) throws IOException {
        for (Example example : examples) {
            List<String> args = new ArrayList<>(example.args());
            int option = args.indexOf("--warehouse");
            assertThat(option).as(example + " names no --warehouse").isPositive();
            args.set(option + 1, warehouse.toString());
            if (!args.contains("--json")) {
                args.add(1, "--json");
            }
            CommandRun result = CommandRun.of(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(example + "\n" + result.err()).isEqualTo(ExitCodes.OK);
            JsonNode answer = JSON.readTree(result.out());
            assertThat(answer.get("total_hits").asLong())
                    .as("hits on the bundled sample for the documented example " + example)
                    .isPositive();
        }
    }

    /**
     * Splits a command line as a POSIX shell would for the forms the docs use: words separated by
     * blanks, single quotes (literal), double quotes (backslash escapes {@code " \ $ `}), a
     * backslash outside quotes, and a {@code #} at the start of a word beginning a comment.
     */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        d = line.charAt(++j);
                    }
                    word.append(d);
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + line);
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<String> read(Path markdown) {
        try {
            return Files.readAllLines(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
