package com.hindsight.sample.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.model.SourceTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
    private static final List<String> HEADER = List.of("id", "text");

    @TempDir
    Path archive;

    @Test
    void rollsCsvShardsWithAHeaderEachAndMovesThemIntoPlaceOnCommit() throws IOException {
        try (ArchiveWriter csv = ArchiveWriter.csvShards(archive, SourceTable.COMPLAINTS, "part", 2, HEADER)) {
            assertThat(csv.files()).as("a shard opens with its first record").isZero();
            csv.csvRecord("1", "a, quoted \"word\"");
            csv.csvRecord("2", "b");
            csv.csvRecord("3", "line\nbreak");
            assertThat(names(SourceTable.COMPLAINTS)).as("nothing visible before the commit")
                    .containsExactly(".part-00000.csv.tmp", ".part-00001.csv.tmp");
            csv.commit();
            assertThat(csv.files()).isEqualTo(2);
            assertThat(csv.records()).isEqualTo(3);
        }
        Path folder = archive.resolve("complaints");
        assertThat(names(SourceTable.COMPLAINTS)).containsExactly("part-00000.csv", "part-00001.csv")
                .allMatch(n -> ArchiveWriter.shardPattern("part", ArchiveWriter.CSV).matcher(n).matches());
        assertThat(Files.readString(folder.resolve("part-00000.csv")))
                .isEqualTo("id,text\r\n1,\"a, quoted \"\"word\"\"\"\r\n2,b\r\n");
        assertThat(Files.readString(folder.resolve("part-00001.csv"))).isEqualTo("id,text\r\n3,\"line\nbreak\"\r\n");
    }

    @Test
    void writesGzipJsonLinesShards() throws IOException {
        try (ArchiveWriter json = ArchiveWriter.jsonLinesShards(archive, SourceTable.MEDIA, "social", true, 10)) {
            for (int i = 0; i < 3; i++) {
                JsonGenerator g = json.startJson();
                g.writeStartObject();
                g.writeStringField("id", "p" + i);
                g.writeStringField("text", "中文 \"q\"");
                g.writeEndObject();
                json.endJson();
            }
            json.commit();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                archive.resolve("media").resolve(ArchiveWriter.shardName("social", 0, ArchiveWriter.JSON_LINES_GZIP))))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                    "{\"id\":\"p0\",\"text\":\"中文 \\\"q\\\"\"}\n{\"id\":\"p1\",\"text\":\"中文 \\\"q\\\"\"}\n"
                            + "{\"id\":\"p2\",\"text\":\"中文 \\\"q\\\"\"}\n");
        }
    }

    @Test
    void oneNamedFileExistsWithItsHeaderEvenWithoutRecords() throws IOException {
        try (ArchiveWriter csv = ArchiveWriter.csv(archive, SourceTable.INCIDENTS, "register.csv", HEADER)) {
            csv.commit();
        }
        assertThat(Files.readString(archive.resolve("incidents/register.csv"))).isEqualTo("id,text\r\n");
    }

    @Test
    void closingWithoutCommitLeavesTheArchiveAsItWas() throws IOException {
        ArchiveWriter.writeFile(archive, SourceTable.MEDIA, "old.jsonl", "{\"id\":\"old\"}\n".getBytes(StandardCharsets.UTF_8));
        try (ArchiveWriter json = ArchiveWriter.jsonLines(archive, SourceTable.MEDIA, "old.jsonl");
             ArchiveWriter shards = ArchiveWriter.csvShards(archive, SourceTable.MEDIA, "news", 1, HEADER)) {
            json.startJson().writeString("new");
            json.endJson();
            shards.csvRecord("1", "a");
            shards.csvRecord("2", "b");
        }
        assertThat(names(SourceTable.MEDIA)).containsExactly("old.jsonl");
        assertThat(Files.readString(archive.resolve("media/old.jsonl"))).isEqualTo("{\"id\":\"old\"}\n");
    }

    @Test
    void refusesTheWrongKindOfRecordAndWritesAfterTheCommit() throws IOException {
        try (ArchiveWriter csv = ArchiveWriter.csv(archive, SourceTable.ACTIONS, "timeline.csv", HEADER)) {
            assertThatThrownBy(csv::startJson).isInstanceOf(IllegalStateException.class);
            csv.commit();
            assertThatThrownBy(() -> csv.csvRecord("1", "a")).isInstanceOf(IllegalStateException.class);
        }
    }

    private List<String> names(SourceTable table) throws IOException {
        try (Stream<Path> files = Files.list(ArchiveWriter.folder(archive, table))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
