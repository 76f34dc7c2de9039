package com.hindsight.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds what searches may cost: at most {@code threads} run at once and {@code queue} wait;
 * a further one is refused at once ({@link Busy}); one that runs longer than the time allowed
 * is answered with {@link TimedOut} and cancelled.
 */
final class SearchLimiter implements AutoCloseable {
    /** More searches than the case room takes at once. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("too many searches at once");
        }
    }

    /** A search that ran out of time. */
    static final class TimedOut extends RuntimeException {
        TimedOut(Duration allowed) {
            super("the search took longer than " + allowed.toSeconds() + " s");
        }
    }

    private final ThreadPoolExecutor pool;
    private final Duration allowed;

    SearchLimiter(int threads, int queue, Duration allowed) {
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), task -> {
                    Thread thread = new Thread(task, "case-room-search-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.allowed = allowed;
    }

    Duration allowed() {
        return allowed;
    }

    /** Runs the search within the bounds; its own exceptions are rethrown as they are. */
    <T> T run(Callable<T> search) {
        Future<T> future;
        try {
            future = pool.submit(search);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return future.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimedOut(allowed);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
