package com.hindsight.core.warehouse;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A warehouse on this machine's file system, through java.nio: no Hadoop, no ".crc" files. */
public final class LocalFiles implements WarehouseFiles {
    private final Path root;

    public LocalFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The local folder a location names: a path, or a {@code file:} URI; empty for a URI of
     * another file system ({@code hdfs://...}), which needs Hadoop.
     */
    public static Optional<Path> pathOf(String location) {
        int colon = location.indexOf(':');
        int slash = location.indexOf('/');
        boolean hasScheme = colon > 1 && (slash < 0 || colon < slash);
        if (!hasScheme) {
            return Optional.of(Path.of(location));
        }
        URI uri = URI.create(location);
        return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    }

    private Path resolve(String relative) {
        return relative.isEmpty() ? root : root.resolve(relative);
    }

    @Override
    public String location(String relative) {
        return resolve(relative).toString();
    }

    @Override
    public String display(String relative) {
        return resolve(relative).toString();
    }

    @Override
    public Optional<Path> localPath(String relative) {
        return Optional.of(resolve(relative));
    }

    @Override
    public boolean exists(String relative) {
        return Files.exists(resolve(relative));
    }

    @Override
    public byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    @Override
    public void write(String relative, byte[] content) throws IOException {
        Path file = resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Override
    public void replaceAtomically(String relative, byte[] content) throws IOException {
        Path file = resolve(relative);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + "." + Thread.currentThread().getId());
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean createExclusively(String relative, byte[] content) throws IOException {
        Path file = resolve(relative);
        Files.createDirectories(file.getParent());
        try {
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }

    @Override
    public List<String> files(String relative) throws IOException {
        return children(relative, Files::isRegularFile);
    }

    @Override
    public List<String> folders(String relative) throws IOException {
        return children(relative, Files::isDirectory);
    }

    private List<String> children(String relative, Predicate<Path> kind) throws IOException {
        Path folder = resolve(relative);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(kind).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public void makeFolders(String relative) throws IOException {
        Files.createDirectories(resolve(relative));
    }

    @Override
    public void move(String from, String to) throws IOException {
        Path target = resolve(to);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.createDirectories(target.getParent());
        Files.move(resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void delete(String relative) throws IOException {
        Path path = resolve(relative);
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
