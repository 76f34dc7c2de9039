package com.hindsight.jobs.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * A lazy stream of raw records from one file. Subclasses return the next record from
 * {@link #computeNext()}, or null at the end; the file is closed when the end is reached, so a
 * Spark task never holds more than one record of a file in memory.
 */
abstract class RecordIterator implements Iterator<Row>, Closeable {
    private Row next;
    private boolean done;

    /** The next record, or null when the file has no more. */
    protected abstract Row computeNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = computeNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (next == null) {
                done = true;
                closeQuietly();
            }
        }
        return next != null;
    }

    @Override
    public final Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row result = next;
        next = null;
        return result;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // the records are already read; a failing close loses nothing
        }
    }
}
