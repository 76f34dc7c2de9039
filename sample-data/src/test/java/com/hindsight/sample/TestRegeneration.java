package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestRegeneration {

    @Test
    void rerunReplacesTheGeneratorsFilesAndLeavesOthersAlone() throws IOException {
        GeneratorConfig config = new GeneratorConfig(1, 7, true);
        Path dir = GeneratedArchives.newDir(config);
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("README.txt"), "not the generator's");
        Files.writeString(dir.resolve("media/notes.txt"), "not the generator's either");
        Files.writeString(dir.resolve("media/social-00042.jsonl.gz"), "stale shard of a bigger run");

        GenerationSummary first = GeneratedArchives.generate(config, dir).summary();
        assertThat(dir.resolve("media/social-00042.jsonl.gz")).doesNotExist();
        assertThat(dir.resolve("media/malformed-demo.jsonl")).exists();
        assertThat(dir.resolve("README.txt")).hasContent("not the generator's");
        assertThat(dir.resolve("media/notes.txt")).exists();

        GenerationSummary second = GeneratedArchives.generate(new GeneratorConfig(1, 7, false), dir).summary();
        assertThat(dir.resolve("media/malformed-demo.jsonl")).doesNotExist();
        assertThat(dir.resolve("media/truncated-demo.jsonl.gz")).doesNotExist();
        assertThat(dir.resolve("complaints/malformed-demo.csv")).doesNotExist();
        assertThat(dir.resolve("media/notes.txt")).exists();
        assertThat(second.files()).isEqualTo(first.files() - 3);
        try (var siblings = Files.list(dir.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .containsExactly("archive");
        }
    }
}
