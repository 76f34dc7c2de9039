package com.hindsight.convert;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one archive file under a hidden temporary name ({@code .name.tmp}, which ingest ignores)
 * and moves it into place on {@link #commit()}; closing without commit deletes it. A converter
 * that fails half way leaves the archive as it was.
 */
final class ArchiveFileWriter implements Closeable {
    private final Path target;
    private final Path temporary;
    private final BufferedWriter writer;
    private boolean committed;

    ArchiveFileWriter(Path target) {
        this.target = target;
        this.temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temporary + ": " + e.getMessage(), e);
        }
    }

    Writer writer() {
        return writer;
    }

    /** Closes the file and moves it to its name, replacing an older file of that name. */
    void commit() {
        try {
            writer.close();
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            writer.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + temporary + ": " + e.getMessage(), e);
        }
    }
}
