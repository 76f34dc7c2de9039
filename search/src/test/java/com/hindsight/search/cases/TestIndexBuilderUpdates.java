package com.hindsight.search.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing an index in place: replacing and deleting by the unique key, and what a reader sees. */
class TestIndexBuilderUpdates {
    @TempDir
    Path folder;

    private static PostRecord post(String id, String text) {
        return new PostRecord(id, "weibo", Instant.parse("2024-03-05T02:00:00Z"), null, text,
                "INC-1", "华信银行", "system_failure");
    }

    private long hits(String query) {
        try (CaseSearcher searcher = CaseSearcher.open(folder)) {
            return searcher.search(SearchRequest.of(query).withLimit(100)).totalHits();
        }
    }

    @Test
    void replacesByKindAndIdAndDeletesOnlyTheDocumentNamed() {
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            builder.add(post("p1", "重复扣款"));
            builder.add(post("p2", "重复扣款"));
            builder.add(new ReviewRecord("p1", null, "变更管理不足", null, null, null, null,
                    "华信银行", "system_failure"));   // a review whose id equals a post's
        }
        try (IndexBuilder builder = IndexBuilder.append(folder)) {
            builder.replace(post("p1", "退款到账"));
            builder.replace(post("p3", "重复扣款"));   // not there yet: added
            builder.delete(CaseKind.POST, "p2");
            builder.delete(CaseKind.POST, "p9");      // not there: nothing happens
        }

        assertThat(hits("*:*")).isEqualTo(3);
        assertThat(hits("退款到账")).isEqualTo(1);
        assertThat(hits("重复扣款")).isEqualTo(1);       // p3 only
        assertThat(hits("kind:review")).isEqualTo(1);   // same id, other kind: untouched
    }

    @Test
    void appendingNeedsAnIndexAndAFailedUpdateLeavesTheIndexAsItWas() {
        assertThatThrownBy(() -> IndexBuilder.append(folder.resolve("empty")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot open the case index in");
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            builder.add(post("p1", "重复扣款"));
        }
        IndexBuilder update = IndexBuilder.append(folder);
        update.delete(CaseKind.POST, "p1");
        update.discard();

        assertThat(hits("重复扣款")).isEqualTo(1);
    }
}
