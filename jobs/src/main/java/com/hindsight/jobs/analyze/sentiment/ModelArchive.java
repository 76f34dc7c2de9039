package com.hindsight.jobs.analyze.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * A saved Spark ML model folder packed as one zip, so that it can ship as a single classpath
 * resource, and unpacked onto any Hadoop file system, so that executors can read it.
 */
final class ModelArchive {
    /** A fixed entry time: the zip of a folder does not depend on when the folder was written. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ModelArchive() {
    }

    /**
     * Zips the files under {@code folder}, sorted by path, without Hadoop's checksum files and
     * {@code _SUCCESS} markers (the loader needs neither).
     */
    static void zip(Path folder, OutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ModelArchive::isModelFile)
                    .sorted().toList();
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(entryName(folder.relativize(file)));
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static boolean isModelFile(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".crc") && !name.equals("_SUCCESS");
    }

    private static String entryName(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** Unpacks a zip into {@code target}; rejects entries that would land outside it. */
    static int unzip(InputStream in, FileSystem fs, org.apache.hadoop.fs.Path target)
            throws IOException {
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                    throw new IOException("model zip entry " + name + " points outside the model");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(target, name))) {
                    zip.transferTo(out);
                }
                files++;
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    static byte[] readResource(String resource) {
        try (InputStream in = ModelArchive.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the model " + resource + " is not on the class "
                        + "path; rebuild the jobs module (see models/sentiment/README.md)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + resource, e);
        }
    }
}
