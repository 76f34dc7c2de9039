package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hindsight.model.SourceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TestArchiveScale {

    @Test
    void scaleOneHasAboutEightThousandPostsAndComplaintsOfFifteenToTwentyPercent() {
        GenerationSummary s = GeneratedArchives.bundled().summary();
        assertThat(s.posts()).isBetween(7_200L, 8_800L);
        assertThat((double) s.complaints() / s.posts()).isBetween(0.15, 0.20);
        assertThat(s.incidents()).isEqualTo(6 + 1); // and the Huarui drill
    }

    @Test
    void scaleTwoHasAboutTwiceThePostsOfScaleOne() {
        GenerationSummary one = GeneratedArchives.of(new GeneratorConfig(1, 42, false)).summary();
        GenerationSummary two = GeneratedArchives.of(new GeneratorConfig(2, 42, false)).summary();
        assertThat((double) two.posts() / one.posts()).isCloseTo(2.0, within(0.25));
        assertThat((double) two.complaints() / one.complaints()).isCloseTo(2.0, within(0.4));
        assertThat(two.incidents()).isEqualTo(12 + 1); // and the Huarui drill
    }

    @Test
    void summaryCountsAreWhatTheFilesHold() throws IOException {
        GeneratedArchives.Generated g = GeneratedArchives.bundled();
        GenerationSummary s = g.summary();
        ArchiveContents c = g.contents();
        Map<String, Integer> copies = new HashMap<>();
        c.media().forEach(r -> copies.merge(r.string(Fields.Media.ID), 1, Integer::sum));
        assertThat((long) copies.size()).isEqualTo(s.posts());
        assertThat((long) c.media().size() - copies.size()).isEqualTo(s.duplicates());
        assertThat((long) c.complaints().size()).isEqualTo(s.complaints());
        assertThat((long) c.incidents().size() + c.drills().size()).isEqualTo(s.incidents());
        assertThat((long) c.actions().size() + c.drillActions().size()).isEqualTo(s.actions());
        assertThat((long) c.reviews().size()).isEqualTo(s.reviews());
        for (SourceTable table : SourceTable.values()) {
            assertThat(ArchiveLayout.generatorFiles(g.dir(), table)).as(table.folder())
                    .hasSize(s.folder(table).files());
        }
        assertThat(s.malformed()).isEmpty();
    }

    @Test
    void bundledSampleIsUnderFourMegabytesOnDisk() throws IOException {
        Path dir = GeneratedArchives.bundled().dir();
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(4L * 1024 * 1024);
    }
}
