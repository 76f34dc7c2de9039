package com.hindsight.jobs.analyze.sentiment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelArchiveTest {
    @TempDir
    Path folder;

    private Path savedModel() throws IOException {
        Path model = folder.resolve("model");
        write(model.resolve("stages/1_b/data/part-0.parquet"), "b");
        write(model.resolve("metadata/part-0"), "m");
        write(model.resolve("metadata/.part-0.crc"), "crc");
        write(model.resolve("metadata/_SUCCESS"), "");
        return model;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, UTF_8);
    }

    private static byte[] zip(Path model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelArchive.zip(model, out);
        return out.toByteArray();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void zipsFilesSortedWithoutChecksumsAndMarkers() throws IOException {
        assertThat(entries(zip(savedModel())))
                .containsExactly("metadata/part-0", "stages/1_b/data/part-0.parquet");
    }

    @Test
    void zippingTheSameFolderTwiceGivesTheSameBytes() throws Exception {
        Path model = savedModel();
        byte[] first = zip(model);
        Thread.sleep(1100); // a later modification time must not matter
        Files.writeString(model.resolve("metadata/part-0"), "m", UTF_8);

        assertThat(zip(model)).isEqualTo(first);
    }

    @Test
    void unzipsOntoAHadoopFileSystem() throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(
                folder.resolve("unpacked").toUri());

        int files = ModelArchive.unzip(new ByteArrayInputStream(zip(savedModel())),
                FileSystem.getLocal(new Configuration()), target);

        assertThat(files).isEqualTo(2);
        assertThat(Files.readString(folder.resolve("unpacked/stages/1_b/data/part-0.parquet")))
                .isEqualTo("b");
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("metadata/../../evil"));
            zip.write(1);
        }
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(
                folder.resolve("unpacked").toUri());

        assertThatThrownBy(() -> ModelArchive.unzip(new ByteArrayInputStream(out.toByteArray()),
                FileSystem.getLocal(new Configuration()), target))
                .isInstanceOf(IOException.class).hasMessageContaining("metadata/../../evil");
    }

    @Test
    void bundledModelIsOneSmallZip() {
        byte[] zip = ModelArchive.readResource(SentimentScorer.RESOURCE);

        assertThat(zip.length).isBetween(1_000, 5_000_000);
    }
}
