package com.hindsight.jobs.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hindsight.jobs.read.ArchiveFiles;
import com.hindsight.jobs.read.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The archive files an ingest run read, with what tells a changed file from an unchanged one:
 * size, modified time and a SHA-256 of the content. Written into every ingest run as
 * {@value #FILE}; the next run compares the archive against it to read only new and changed
 * files (see {@link ArchiveDelta}).
 *
 * <p>A checksum is computed only for a file that is new or whose size or modified time differs
 * from the previous manifest (the quick check rsync makes); an unchanged file keeps its recorded
 * checksum. A file whose time changed but whose content did not counts as unchanged.
 *
 * @param fingerprint what besides the files decides the tables (see {@link IngestFingerprint}):
 *                    a run with another fingerprint cannot be the base of an incremental run
 * @param rules       the fingerprint of the incident register's linking rules; when it changes,
 *                    records carried over from the previous run are linked again
 * @param files       every file read, in the order the archive lists them
 */
public record ArchiveManifest(String fingerprint, String rules, List<Entry> files) {
    public static final String FILE = "archive-manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One archive file.
     *
     * @param table          the table it feeds
     * @param uri            where it was read
     * @param path           its path inside the archive, as rows name it in {@code source_file}
     *                       and as runs are compared (an archive that moved is not read again)
     * @param size           bytes on disk
     * @param modifiedMillis its modification time, epoch milliseconds
     * @param sha256         hex SHA-256 of its bytes
     */
    public record Entry(String table, String uri, String path, long size, long modifiedMillis,
                        String sha256) {
        public Entry {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(sha256, "sha256");
        }

        boolean sameQuickCheck(long otherSize, long otherModified) {
            return size == otherSize && modifiedMillis == otherModified;
        }
    }

    public ArchiveManifest {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(rules, "rules");
        files = List.copyOf(files);
    }

    /**
     * The manifest of the archive as it is now; checksums are reused from {@code previous} for
     * files whose size and modified time did not change.
     */
    public static ArchiveManifest of(ArchiveFiles archive, String fingerprint,
                                     Optional<ArchiveManifest> previous, Configuration hadoopConf) {
        Map<String, Entry> before = previous.map(ArchiveManifest::byPath).orElse(Map.of());
        List<Entry> entries = archive.files().stream()
                .map(file -> entry(file, before.get(file.displayName()), hadoopConf)).toList();
        return new ArchiveManifest(fingerprint, "", entries);
    }

    private static Entry entry(SourceFile file, Entry before, Configuration hadoopConf) {
        try {
            Path path = new Path(file.uri());
            FileSystem fs = path.getFileSystem(hadoopConf);
            FileStatus status = fs.getFileStatus(path);
            String sha = before != null && before.sameQuickCheck(status.getLen(),
                    status.getModificationTime()) ? before.sha256() : sha256(fs, path);
            return new Entry(file.table().tableName(), file.uri(), file.displayName(),
                    status.getLen(), status.getModificationTime(), sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archive file " + file.displayName(), e);
        }
    }

    private static String sha256(FileSystem fs, Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(fs.open(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** This manifest with the register's rules fingerprint, known once the register is read. */
    public ArchiveManifest withRules(String rulesFingerprint) {
        return new ArchiveManifest(fingerprint, rulesFingerprint, files);
    }

    /** The entries by their path inside the archive. */
    public Map<String, Entry> byPath() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry entry : files) {
            map.put(entry.path(), entry);
        }
        return map;
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a manifest; empty when the bytes are not one (a run written by an older version). */
    public static Optional<ArchiveManifest> parse(byte[] json) {
        try {
            return Optional.of(JSON.readValue(json, ArchiveManifest.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
