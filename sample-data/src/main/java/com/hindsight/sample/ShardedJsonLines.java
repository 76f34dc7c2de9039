package com.hindsight.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes JSON Lines into numbered shards (name-00000.jsonl[.gz], ...) of at most a fixed number of
 * records each, one object per line, UTF-8, "\n" line ends. A shard is opened only when its first
 * record arrives. Java's gzip header carries no time stamp, so equal records give equal bytes
 * (with the same zlib).
 */
final class ShardedJsonLines implements Closeable {
    private final Path dir;
    private final String baseName;
    private final boolean gzip;
    private final long maxRecords;
    private final JsonFactory factory;
    private JsonGenerator generator;
    private long inShard;
    private int shards;
    private long records;

    ShardedJsonLines(Path dir, String baseName, boolean gzip, long maxRecords, JsonFactory factory) {
        this.dir = dir;
        this.baseName = baseName;
        this.gzip = gzip;
        this.maxRecords = maxRecords;
        this.factory = factory;
    }

    /** The generator to write the next record with; call {@link #endRecord()} after it. */
    JsonGenerator startRecord() throws IOException {
        if (generator == null || inShard >= maxRecords) {
            closeShard();
            Path file = dir.resolve(ArchiveLayout.shardName(baseName, shards, gzip ? ".jsonl.gz" : ".jsonl"));
            OutputStream out = Files.newOutputStream(file);
            out = gzip ? new FastGzip(out) : new BufferedOutputStream(out, 1 << 16);
            generator = factory.createGenerator(out);
            shards++;
            inShard = 0;
        }
        return generator;
    }

    void endRecord() throws IOException {
        generator.writeRaw('\n');
        inShard++;
        records++;
    }

    int files() {
        return shards;
    }

    long records() {
        return records;
    }

    private void closeShard() throws IOException {
        if (generator != null) {
            generator.close();
            generator = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeShard();
    }

    /**
     * Gzip at deflate's fastest level: compression dominates the generator's run time, and level 1
     * runs about twice as fast as the default level 6 for files a fifth larger.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** The factory all JSON Lines writers share: no separator between root values but our "\n". */
    static JsonFactory jsonLinesFactory() {
        return new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    }
}
