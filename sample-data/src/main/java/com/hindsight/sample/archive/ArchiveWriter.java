package com.hindsight.sample.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.model.SourceTable;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one output into the folder of a {@link SourceTable} in an archive: either one file of a
 * given name, or numbered shards {@code NAME-00000.EXT}, {@code NAME-00001.EXT}, ... of at most a
 * fixed number of records each, as CSV, JSON Lines (plain or gzip) or plain bytes.
 *
 * <p><b>All or nothing.</b> Every file is written under a hidden temporary name
 * ({@code .NAME.tmp}, which ingest and the generator's file patterns ignore) and moved to its
 * name by {@link #commit()}, replacing an older file of that name; {@link #close()} without a
 * commit deletes what was written. An archive never holds half a file.
 *
 * <p><b>Opening.</b> One file of a given name is opened at once, so it exists after the commit
 * even without records (a CSV file then holds its header). A shard is opened when its first
 * record arrives, and closed when the next shard opens or at the commit.
 *
 * <p><b>Encodings.</b> UTF-8; text that cannot be encoded (an unpaired surrogate) is an error.
 * CSV: RFC 4180, CRLF record ends, fields quoted only when they hold a comma, quote or line
 * break, the header row first in every file ({@link #csvPrinter}). JSON Lines: one value per
 * line, {@code "\n"} line ends, nothing between values but that ({@link #jsonLinesFactory()}).
 * Gzip runs at deflate's fastest level, and Java's gzip header carries no time stamp, so equal
 * records give equal bytes (with the same zlib).
 *
 * <p>Opening, committing and closing fail with an {@link UncheckedIOException} that names the
 * file; writing a record fails with the encoder's {@link IOException}. Not thread-safe.
 */
public final class ArchiveWriter implements Closeable {
    /** The extension of CSV shards. */
    public static final String CSV = ".csv";
    /** The extension of plain JSON Lines shards. */
    public static final String JSON_LINES = ".jsonl";
    /** The extension of gzip JSON Lines shards. */
    public static final String JSON_LINES_GZIP = ".jsonl.gz";

    private static final int SHARD_DIGITS = 5;
    private static final int BUFFER = 1 << 16;
    private static final JsonFactory JSON = jsonLinesFactory();

    private enum Encoding { CSV, JSON_LINES, JSON_LINES_GZIP, BYTES }

    private final Path folder;
    private final String name;
    private final boolean sharded;
    private final long recordsPerShard;
    private final Encoding encoding;
    private final CSVFormat csvFormat;
    /** The final names of the files opened so far, in order; each is written as its temporary. */
    private final List<Path> targets = new ArrayList<>();
    private CSVPrinter printer;
    private JsonGenerator generator;
    private OutputStream stream;
    private long inShard;
    private long records;
    private boolean committed;
    private boolean closed;

    private ArchiveWriter(Path archive, SourceTable table, String name, boolean sharded,
                          long recordsPerShard, Encoding encoding, List<String> header) {
        this.folder = folder(archive, table);
        this.name = Objects.requireNonNull(name, "name is null");
        this.sharded = sharded;
        if (recordsPerShard < 1) {
            throw new IllegalArgumentException("records per shard must be at least 1, was " + recordsPerShard);
        }
        this.recordsPerShard = recordsPerShard;
        this.encoding = encoding;
        this.csvFormat = header == null ? null
                : CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        if (!sharded) {
            open();
        }
    }

    /** One CSV file of this exact name with this header, opened now. */
    public static ArchiveWriter csv(Path archive, SourceTable table, String fileName, List<String> header) {
        return new ArchiveWriter(archive, table, fileName, false, Long.MAX_VALUE, Encoding.CSV, header);
    }

    /** CSV shards {@code baseName-00000.csv}, ... of at most {@code recordsPerShard} records, each with the header. */
    public static ArchiveWriter csvShards(Path archive, SourceTable table, String baseName, long recordsPerShard,
                                          List<String> header) {
        return new ArchiveWriter(archive, table, baseName, true, recordsPerShard, Encoding.CSV, header);
    }

    /** One plain JSON Lines file of this exact name, opened now. */
    public static ArchiveWriter jsonLines(Path archive, SourceTable table, String fileName) {
        return new ArchiveWriter(archive, table, fileName, false, Long.MAX_VALUE, Encoding.JSON_LINES, null);
    }

    /** JSON Lines shards {@code baseName-00000.jsonl[.gz]}, ... of at most {@code recordsPerShard} records. */
    public static ArchiveWriter jsonLinesShards(Path archive, SourceTable table, String baseName, boolean gzip,
                                                long recordsPerShard) {
        return new ArchiveWriter(archive, table, baseName, true, recordsPerShard,
                gzip ? Encoding.JSON_LINES_GZIP : Encoding.JSON_LINES, null);
    }

    /** One file of this exact name whose bytes the caller writes to {@link #stream()}, opened now. */
    public static ArchiveWriter file(Path archive, SourceTable table, String fileName) {
        return new ArchiveWriter(archive, table, fileName, false, Long.MAX_VALUE, Encoding.BYTES, null);
    }

    /** Writes one file of these bytes and commits it. */
    public static void writeFile(Path archive, SourceTable table, String fileName, byte[] content) {
        try (ArchiveWriter file = file(archive, table, fileName)) {
            try {
                file.stream().write(content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.temporary(file.current()) + ": "
                        + e.getMessage(), e);
            }
            file.commit();
        }
    }

    /** The folder of a table's files in an archive: the one place archive folder names are resolved. */
    public static Path folder(Path archive, SourceTable table) {
        return archive.resolve(table.folder());
    }

    /** A file's name relative to the archive, as messages and summaries show it: {@code complaints/x.csv}. */
    public static String relativePath(SourceTable table, String fileName) {
        return table.folder() + "/" + fileName;
    }

    /** The name of a shard: {@code baseName-00042.csv}. */
    public static String shardName(String baseName, int shard, String extension) {
        String digits = Integer.toString(shard);
        StringBuilder sb = new StringBuilder(baseName).append('-');
        for (int i = digits.length(); i < SHARD_DIGITS; i++) {
            sb.append('0');
        }
        return sb.append(digits).append(extension).toString();
    }

    /** Matches the names {@link #shardName} gives a base name and extension. */
    public static Pattern shardPattern(String baseName, String extension) {
        return Pattern.compile(Pattern.quote(baseName) + "-\\d{" + SHARD_DIGITS + "}" + Pattern.quote(extension));
    }

    /** A new factory for JSON Lines: no separator between root values (the writer adds "\n"). */
    public static JsonFactory jsonLinesFactory() {
        return new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    }

    /** A printer of archive CSV to {@code out}; it writes the header row at once. */
    public static CSVPrinter csvPrinter(Appendable out, List<String> header) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** Writes one CSV record, opening the next shard first when the current one is full. */
    public void csvRecord(Object... values) throws IOException {
        require(Encoding.CSV);
        nextRecord();
        printer.printRecord(values);
        inShard++;
        records++;
    }

    /**
     * The generator to write the next JSON Lines record with (one value); call {@link #endJson()}
     * after it. Opens the next shard first when the current one is full.
     */
    public JsonGenerator startJson() throws IOException {
        if (encoding != Encoding.JSON_LINES && encoding != Encoding.JSON_LINES_GZIP) {
            throw new IllegalStateException(name + " is not written as JSON Lines");
        }
        nextRecord();
        return generator;
    }

    /** Ends the record begun with {@link #startJson()}. */
    public void endJson() throws IOException {
        generator.writeRaw('\n');
        inShard++;
        records++;
    }

    /** The stream of a {@link #file} (buffered); closing it is allowed, the commit closes it anyway. */
    public OutputStream stream() {
        require(Encoding.BYTES);
        return stream;
    }

    /** Files opened so far. */
    public int files() {
        return targets.size();
    }

    /** Records written so far. */
    public long records() {
        return records;
    }

    /** Closes the file being written and moves every file to its name, replacing older files of those names. */
    public void commit() {
        if (committed || closed) {
            throw new IllegalStateException(name + " is already " + (committed ? "committed" : "closed"));
        }
        Path target = current();
        try {
            closeEncoder();
            for (Path t : targets) {
                target = t;
                move(temporary(t), t);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** After a commit, nothing; otherwise closes and deletes what was written. */
    @Override
    public void close() {
        if (committed || closed) {
            return;
        }
        closed = true;
        Path temporary = current() == null ? null : temporary(current());
        try {
            closeEncoder();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + temporary + ": " + e.getMessage(), e);
        } finally {
            for (Path t : targets) {
                temporary = temporary(t);
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + temporary + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private void require(Encoding expected) {
        if (encoding != expected) {
            throw new IllegalStateException(name + " is not written as " + expected);
        }
    }

    private void nextRecord() throws IOException {
        if (committed || closed) {
            throw new IllegalStateException(name + " is already " + (committed ? "committed" : "closed"));
        }
        if (sharded && (targets.isEmpty() || inShard >= recordsPerShard)) {
            closeEncoder();
            open();
        }
    }

    /** Opens the next file under its temporary name. */
    private void open() {
        Path target = folder.resolve(sharded ? shardName(name, targets.size(), extension()) : name);
        Path temporary = temporary(target);
        OutputStream out = null;
        try {
            Files.createDirectories(folder);
            out = Files.newOutputStream(temporary);
            targets.add(target);
            switch (encoding) {
                case CSV -> printer = new CSVPrinter(new BufferedWriter(
                        new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder())), csvFormat);
                case JSON_LINES -> generator = JSON.createGenerator(new BufferedOutputStream(out, BUFFER));
                case JSON_LINES_GZIP -> generator = JSON.createGenerator(new FastGzip(out));
                case BYTES -> stream = new BufferedOutputStream(out, BUFFER);
            }
            inShard = 0;
        } catch (IOException e) {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("cannot write " + temporary + ": " + e.getMessage(), e);
        }
    }

    private void closeEncoder() throws IOException {
        if (printer != null) {
            CSVPrinter p = printer;
            printer = null;
            p.close(true);
        }
        if (generator != null) {
            JsonGenerator g = generator;
            generator = null;
            g.close();
        }
        if (stream != null) {
            OutputStream s = stream;
            stream = null;
            s.close();
        }
    }

    private String extension() {
        return switch (encoding) {
            case CSV -> ArchiveWriter.CSV;
            case JSON_LINES -> ArchiveWriter.JSON_LINES;
            case JSON_LINES_GZIP -> ArchiveWriter.JSON_LINES_GZIP;
            case BYTES -> "";
        };
    }

    private Path current() {
        return targets.isEmpty() ? null : targets.get(targets.size() - 1);
    }

    private Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gzip at deflate's fastest level: compression dominates the generator's run time, and level 1
     * runs about twice as fast as the default level 6 for files a fifth larger.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
