package com.hindsight.web;

import com.hindsight.core.warehouse.ReportLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of a published report run the case room serves, and the one check that keeps a
 * file route inside the run. The layout is the report stage's ({@link ReportLayout}: one folder
 * per language, {@code zh/incidents/<id>.xlsx}, {@code zh/portfolio.xlsx},
 * {@code zh/charts/<id>/<chart>.png}); the page's language is served first, the other language
 * when the report was written only in that one.
 *
 * <p>A requested name is served only when every segment is a plain name (letters, digits,
 * {@code . _ -}, not starting with a dot: no {@code ..}, no hidden files, no encoded
 * separators after Jetty's decoding), it ends in {@code .png} or {@code .xlsx}, and the real
 * path of the file (symbolic links resolved) is a regular file inside the real path of the run.
 */
final class ReportFiles {
    private static final List<String> LANGUAGES = List.of("zh", "en");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportFiles() {
    }

    /** A file inside a run and its content type. */
    record Served(Path file, String contentType) {
    }

    /**
     * The file {@code relative} names inside {@code run}, or empty when the name is not allowed
     * or the file is not a regular file inside the run.
     */
    static Optional<Served> resolve(Path run, String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > 512) {
            return Optional.empty();
        }
        String[] segments = relative.split("/", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        String name = segments[segments.length - 1];
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        try {
            Path root = run.toRealPath();
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(new Served(real, type));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The chart PNGs of an incident in the run, by name (run-relative paths). */
    static List<String> charts(Path run, String language, String incidentId) {
        List<String> names = new ArrayList<>();
        if (!SEGMENT.matcher(incidentId).matches()) {
            return names;
        }
        for (String lang : preferring(language)) {
            String relative = ReportLayout.chartFolder(lang, incidentId);
            Path folder = run.resolve(relative);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".png")).sorted()
                        .forEach(name -> names.add(relative + "/" + name));
            } catch (IOException e) {
                return names;
            }
            return names;
        }
        return names;
    }

    /** The incident's workbook in the run, if the report wrote one. */
    static Optional<String> workbook(Path run, String language, String incidentId) {
        return first(run, language, lang -> ReportLayout.incidentWorkbook(lang, incidentId));
    }

    static Optional<String> portfolio(Path run, String language) {
        return first(run, language, ReportLayout::portfolioWorkbook);
    }

    private static Optional<String> first(Path run, String language,
                                          Function<String, String> path) {
        for (String lang : preferring(language)) {
            String relative = path.apply(lang);
            if (resolve(run, relative).isPresent()) {
                return Optional.of(relative);
            }
        }
        return Optional.empty();
    }

    private static List<String> preferring(String language) {
        List<String> order = new ArrayList<>(List.of(language));
        LANGUAGES.stream().filter(lang -> !lang.equals(language)).forEach(order::add);
        return order;
    }
}
