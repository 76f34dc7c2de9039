package com.hindsight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code <warehouse>/latest}: a link to the current report run, so that a bookmark, a shared
 * folder or a mail template can name one path ({@code <warehouse>/latest/portfolio.xlsx}) whatever
 * the run. Relative (the warehouse can be moved) and replaced atomically after each published
 * report run: a reader sees the previous run or the new one, never no link. Local warehouses only.
 */
final class LatestReports {
    static final String NAME = "latest";

    private LatestReports() {
    }

    /** Points {@code <warehouse>/latest} at {@code report/<runId>}; returns the link's path. */
    static Path point(Path warehouse, String runId) throws IOException {
        Path link = warehouse.resolve(NAME);
        Path next = warehouse.resolve("." + NAME + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, Path.of("report", runId));
        Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return link.toAbsolutePath().normalize();
    }
}
