package com.hindsight.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A stream whose lines become log events: for output that belongs in the log, not on a terminal. */
final class LogStream extends OutputStream {
    private final Logger log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LogStream(Logger log) {
        this.log = log;
    }

    /** A print stream whose every line is logged at WARN by {@code logger}. */
    static PrintStream warnings(String logger) {
        return new PrintStream(new LogStream(LoggerFactory.getLogger(logger)), true,
                StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        // lines are logged when complete; a partial line waits for its end
    }

    @Override
    public synchronized void close() {
        flushLine();
    }

    private void flushLine() {
        if (line.size() > 0) {
            log.warn(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
