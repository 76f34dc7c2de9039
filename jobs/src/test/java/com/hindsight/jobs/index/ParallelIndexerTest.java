package com.hindsight.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseRecord;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.IndexBuilder;
import com.hindsight.search.cases.PostRecord;
import com.hindsight.search.cases.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelIndexerTest {
    @TempDir
    Path temp;

    private static CaseRecord post(long i) {
        return new PostRecord("p" + i, "weibo", Instant.ofEpochSecond(1_700_000_000L + i), null,
                "第" + i + "条：余额显示错误", null, null, null);
    }

    @Test
    void indexesEveryRowWithSeveralThreadsInSmallBatches() {
        IndexBuilder builder = IndexBuilder.create(temp);
        try (ParallelIndexer indexer = new ParallelIndexer(builder, 3, 7)) {
            long read = indexer.index(LongStream.range(0, 100).boxed().iterator(), ParallelIndexerTest::post);
            assertThat(read).isEqualTo(100);
        }
        builder.close();

        assertThat(builder.added(CaseKind.POST)).isEqualTo(100);
        try (CaseSearcher searcher = CaseSearcher.open(temp)) {
            assertThat(searcher.search(SearchRequest.of("余额")).totalHits()).isEqualTo(100);
        }
    }

    @Test
    void readsAtMostTwoBatchesPerThreadAheadOfTheWriter() {
        IndexBuilder builder = IndexBuilder.create(temp);
        AtomicLong read = new AtomicLong();
        Iterator<Long> rows = LongStream.range(0, 1_000).boxed().iterator();
        try (ParallelIndexer indexer = new ParallelIndexer(builder, 1, 10)) {
            indexer.index(new Iterator<Long>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Long next() {
                    long ahead = read.incrementAndGet() - builder.added(CaseKind.POST);
                    // two batches queued or running, one being filled
                    assertThat(ahead).isLessThanOrEqualTo(3 * 10);
                    return rows.next();
                }
            }, ParallelIndexerTest::post);
        }
        builder.close();
        assertThat(read.get()).isEqualTo(1_000);
    }

    @Test
    void aWorkerFailureStopsTheRunAndIsThrown() {
        IndexBuilder builder = IndexBuilder.create(temp);
        builder.close(); // adding now fails in the workers

        try (ParallelIndexer indexer = new ParallelIndexer(builder, 2, 5)) {
            assertThatThrownBy(() -> indexer.index(LongStream.range(0, 1_000).boxed().iterator(),
                    ParallelIndexerTest::post))
                    .isInstanceOf(AlreadyClosedException.class);
        }
    }
}
