package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.model.SourceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestArchiveDeterminism {

    @Test
    void sameSeedTwiceGivesByteIdenticalTextFilesAndEqualWorkbookCells() throws IOException {
        GeneratorConfig config = GeneratorConfig.bundledSample();
        Path first = GeneratedArchives.of(config).dir();
        Path second = GeneratedArchives.generate(config, GeneratedArchives.newDir(config)).dir();

        List<String> names = relativeNames(first);
        assertThat(relativeNames(second)).isEqualTo(names);
        for (String name : names) {
            if (name.endsWith(".xlsx")) {
                assertThat(ArchiveContents.cells(second.resolve(name)))
                        .as(name).isEqualTo(ArchiveContents.cells(first.resolve(name)));
            } else {
                assertThat(Arrays.equals(Files.readAllBytes(second.resolve(name)), Files.readAllBytes(first.resolve(name))))
                        .as("%s is byte-identical", name).isTrue();
            }
        }
    }

    @Test
    void differentSeedGivesDifferentPostsAndComplaints() throws IOException {
        Path a = GeneratedArchives.of(new GeneratorConfig(1, 42, false)).dir();
        Path b = GeneratedArchives.of(new GeneratorConfig(1, 43, false)).dir();
        for (String name : List.of("media/social-00000.jsonl.gz", "complaints/complaints-00000.csv",
                "incidents/register.csv", "actions/timeline.csv")) {
            assertThat(Arrays.equals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name))))
                    .as("%s differs between seeds", name).isFalse();
        }
    }

    /** The generator's files of an archive, as folder/name, sorted. */
    static List<String> relativeNames(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        for (SourceTable table : SourceTable.values()) {
            for (Path p : ArchiveLayout.generatorFiles(archive, table)) {
                names.add(table.folder() + "/" + p.getFileName());
            }
        }
        return names;
    }
}
