package com.hindsight.sample;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Regenerates the bundled sample archive (scale 1, seed 42, no malformed records) into
 * {@code sample-data/archive} relative to the working folder, or into the folder given as the only
 * argument. From the repository root, after {@code mvn -B -q install -pl sample-data -am -DskipTests}:
 *
 * <pre>
 * mvn -B -q -pl sample-data exec:java -Dexec.mainClass=com.hindsight.sample.BundledSampleWriter
 * </pre>
 *
 * The test {@code TestBundledSample} fails when the committed sample differs from what the
 * generator writes, so run this after any change to the generator.
 */
public final class BundledSampleWriter {
    private BundledSampleWriter() {
    }

    /** The sample's folder relative to the repository root. */
    public static final Path DEFAULT_FOLDER = Path.of("sample-data", "archive");

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        GenerationSummary summary = new ArchiveGenerator().generate(GeneratorConfig.bundledSample(), out);
        System.out.println("wrote " + summary.archive() + ": " + summary.posts() + " posts, "
                + summary.complaints() + " complaints, " + summary.incidents() + " incidents, "
                + summary.files() + " files");
    }
}
