package com.hindsight.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Archives generated once per test JVM and shared by the test classes, so the suite generates each
 * configuration only once.
 */
final class GeneratedArchives {
    private GeneratedArchives() {
    }

    /** A generated archive; its contents are read on first use. */
    static final class Generated {
        private final GenerationSummary summary;
        private ArchiveContents contents;

        Generated(GenerationSummary summary) {
            this.summary = summary;
        }

        GenerationSummary summary() {
            return summary;
        }

        Path dir() {
            return summary.archive();
        }

        synchronized ArchiveContents contents() {
            if (contents == null) {
                try {
                    contents = ArchiveContents.read(dir());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return contents;
        }
    }

    private static final Map<GeneratorConfig, Generated> CACHE = new ConcurrentHashMap<>();
    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("hindsight-sample-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(ROOT)));
    }

    /** The archive of this configuration, generated on first use. */
    static synchronized Generated of(GeneratorConfig config) {
        Generated g = CACHE.get(config);
        if (g == null) {
            g = generate(config, newDir(config));
            CACHE.put(config, g);
        }
        return g;
    }

    static Generated bundled() {
        return of(GeneratorConfig.bundledSample());
    }

    /** A fresh generation into the given folder, not cached. */
    static Generated generate(GeneratorConfig config, Path dir) {
        try {
            return new Generated(new ArchiveGenerator().generate(config, dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path newDir(GeneratorConfig config) {
        try {
            return Files.createTempDirectory(ROOT, "scale" + config.scale() + "-seed" + config.seed() + "-")
                    .resolve("archive");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
