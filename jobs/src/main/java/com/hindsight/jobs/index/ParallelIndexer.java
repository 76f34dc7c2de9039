package com.hindsight.jobs.index;

import com.hindsight.search.cases.CaseRecord;
import com.hindsight.search.cases.IndexBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Feeds an {@link IndexBuilder} from one iterator with several threads, adding or replacing. The caller's thread
 * reads the rows and turns them into records (cheap); worker threads analyse and add them (the
 * costly part: Chinese segmentation), a batch at a time.
 *
 * <p>Memory stays bounded: at most two batches per worker are read ahead; the reading thread
 * waits when they are all taken. The first failure of a worker stops the reading and is thrown.
 */
final class ParallelIndexer implements AutoCloseable {
    static final int DEFAULT_BATCH_SIZE = 1_000;

    private final Consumer<CaseRecord> write;
    private final int batchSize;
    private final int maxBatchesInFlight;
    private final Semaphore inFlight;
    private final ExecutorService workers;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** Adds every record: for a new index. */
    ParallelIndexer(IndexBuilder builder, int threads, int batchSize) {
        this(builder::add, threads, batchSize);
    }

    /** Puts every record in place of its earlier document, if any: for an index updated in place. */
    static ParallelIndexer replacing(IndexBuilder builder, int threads, int batchSize) {
        return new ParallelIndexer(builder::replace, threads, batchSize);
    }

    private ParallelIndexer(Consumer<CaseRecord> write, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batchSize must be >= 1: " + threads
                    + ", " + batchSize);
        }
        this.write = write;
        this.batchSize = batchSize;
        this.maxBatchesInFlight = 2 * threads;
        this.inFlight = new Semaphore(maxBatchesInFlight);
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "index-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Indexes every row, then waits until all are added. Returns how many rows were read. */
    <T> long index(Iterator<T> rows, Function<T, CaseRecord> toRecord) {
        long read = 0;
        List<CaseRecord> batch = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            batch.add(toRecord.apply(rows.next()));
            read++;
            if (batch.size() == batchSize) {
                submit(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            submit(batch);
        }
        awaitBatches();
        return read;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void submit(List<CaseRecord> batch) {
        throwIfFailed();
        acquire(1);
        workers.execute(() -> {
            try {
                if (failure.get() == null) {
                    batch.forEach(write);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    /** All permits free again means every submitted batch is done. */
    private void awaitBatches() {
        acquire(maxBatchesInFlight);
        inFlight.release(maxBatchesInFlight);
        throwIfFailed();
    }

    private void acquire(int permits) {
        try {
            inFlight.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing was interrupted", e);
        }
    }

    private void throwIfFailed() {
        Throwable e = failure.get();
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException("indexing failed", e);
        }
    }
}
