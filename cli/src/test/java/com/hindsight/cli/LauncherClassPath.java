package com.hindsight.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The class path bin/hindsight gives a Spark-free command, built from the test JVM's. */
final class LauncherClassPath {
    private LauncherClassPath() {
    }

    /**
     * The test JVM's hindsight module folders and jars (not test classes), then every jar of
     * {@code target/<libFolder>} ({@code lib-search}, {@code lib-serve}), as bin/hindsight.
     */
    static String of(String libFolder) {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean module = entry.contains(File.separator + "target" + File.separator + "classes")
                    || name.startsWith("hindsight-");
            if (module && !entry.contains("test-classes")) {
                entries.add(entry);
            }
        }
        entries.add(Path.of("target", libFolder).toAbsolutePath() + File.separator + "*");
        return String.join(File.pathSeparator, entries);
    }
}
