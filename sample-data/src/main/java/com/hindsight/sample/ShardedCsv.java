package com.hindsight.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (UTF-8, CRLF record ends, fields quoted only when they hold a comma, quote or
 * line break) into numbered shards with a header row each, or into one file when the base name
 * has no shards.
 */
final class ShardedCsv implements Closeable {
    private final Path dir;
    private final String baseName;
    private final long maxRecords;
    private final String[] header;
    private CSVPrinter printer;
    private long inShard;
    private int shards;
    private long records;

    /** Shards name-00000.csv, name-00001.csv, ... of at most maxRecords records. */
    ShardedCsv(Path dir, String baseName, long maxRecords, List<String> header) {
        this.dir = dir;
        this.baseName = baseName;
        this.maxRecords = maxRecords;
        this.header = header.toArray(String[]::new);
    }

    /** One file with this exact name, however many records. */
    static ShardedCsv single(Path dir, String fileName, List<String> header) {
        return new ShardedCsv(dir, fileName, Long.MAX_VALUE, header);
    }

    void write(Object[] values) throws IOException {
        if (printer == null || inShard >= maxRecords) {
            closeShard();
            String name = maxRecords == Long.MAX_VALUE ? baseName : ArchiveLayout.shardName(baseName, shards, ".csv");
            BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
            shards++;
            inShard = 0;
        }
        printer.printRecord(values);
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
        if (printer != null) {
            printer.close(true);
            printer = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeShard();
    }
}
