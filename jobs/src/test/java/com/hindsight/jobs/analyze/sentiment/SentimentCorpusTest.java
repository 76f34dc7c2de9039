package com.hindsight.jobs.analyze.sentiment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentCorpusTest {
    /** The copy in the repository root; tests run in the jobs module folder. */
    private static final Path SHIPPED = Path.of("../models/sentiment/weibo_senti_sample.csv");

    @TempDir
    Path folder;

    private Path csv(String content) throws IOException {
        Path file = folder.resolve("corpus.csv");
        Files.writeString(file, content, UTF_8);
        return file;
    }

    @Test
    void readsLabelsAndQuotedTextAndDropsByteOrderMarks() throws IOException {
        List<LabelledText> rows = SentimentCorpus.read(
                csv("label,review\n1,\uFEFF好[哈哈]\n0,\"差,\"\"真差\"\"\"\n"));

        assertThat(rows).containsExactly(LabelledText.positive("好[哈哈]"),
                LabelledText.negative("差,\"真差\""));
    }

    @Test
    void namesTheLineOfAnUnknownLabel() throws IOException {
        Path file = csv("label,review\n1,好\n2,差\n");

        assertThatThrownBy(() -> SentimentCorpus.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " line 3: label \"2\" is not 0 (negative) or 1 (positive)");
    }

    @Test
    void readsAFileWithoutHeaderAsLabelAndText() throws IOException {
        Path file = csv("1,好\n0,\"差,很差\"\n");

        assertThat(SentimentCorpus.read(file)).containsExactly(LabelledText.positive("好"),
                LabelledText.negative("差,很差"));
    }

    @Test
    void takesAnotherFirstLineForDataAndRejectsItsLabel() throws IOException {
        Path file = csv("sentiment,text\n1,好\n");

        assertThatThrownBy(() -> SentimentCorpus.read(file))
                .hasMessage(file + " line 1: label \"sentiment\" is not 0 (negative) or 1 "
                        + "(positive)");
    }

    @Test
    void splitIsStratifiedAndDependsOnlyOnTheSeed() {
        List<LabelledText> corpus = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            corpus.add(LabelledText.positive("p" + i));
            corpus.add(LabelledText.negative("n" + i));
        }

        SentimentCorpus.Split split = SentimentCorpus.split(corpus, 0.2, 42);

        assertThat(split.test()).hasSize(20).filteredOn(t -> t.label() == LabelledText.NEGATIVE)
                .hasSize(10);
        assertThat(split.train()).hasSize(80).doesNotContainAnyElementsOf(split.test());
        assertThat(SentimentCorpus.split(corpus, 0.2, 42)).isEqualTo(split);
        assertThat(SentimentCorpus.split(corpus, 0.2, 43).test()).isNotEqualTo(split.test());
    }

    @Test
    void shippedCorpusHas1200TextsOfEachLabel() {
        List<LabelledText> rows = SentimentCorpus.read(SHIPPED);

        assertThat(rows).hasSize(2400);
        assertThat(rows).filteredOn(t -> t.label() == LabelledText.POSITIVE).hasSize(1200);
        assertThat(rows).noneMatch(t -> t.text().contains("\uFEFF"));
    }
}
