package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed sample in sample-data/archive is what the generator writes for scale 1, seed 42.
 * When this fails after a change to the generator, regenerate it with {@link BundledSampleWriter}.
 */
class TestBundledSample {
    /** Surefire runs with the module folder as working directory. */
    private static final Path COMMITTED = Path.of("archive");

    @Test
    void bundledSampleMatchesGenerator() throws IOException {
        assertThat(COMMITTED).as("the bundled sample; run BundledSampleWriter to create it").isDirectory();
        Path fresh = GeneratedArchives.bundled().dir();
        List<String> names = TestArchiveDeterminism.relativeNames(fresh);
        assertThat(TestArchiveDeterminism.relativeNames(COMMITTED)).as("files of the bundled sample").isEqualTo(names);
        for (String name : names) {
            Path committed = COMMITTED.resolve(name);
            Path generated = fresh.resolve(name);
            boolean same;
            if (name.endsWith(".xlsx")) {
                same = ArchiveContents.cells(committed).equals(ArchiveContents.cells(generated));
            } else if (name.endsWith(".gz")) {
                // compare content: another zlib may compress the same lines to other bytes
                same = Arrays.equals(gunzip(committed), gunzip(generated));
            } else {
                same = Arrays.equals(Files.readAllBytes(committed), Files.readAllBytes(generated));
            }
            assertThat(same).as("%s is stale; regenerate the sample with BundledSampleWriter", name).isTrue();
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
