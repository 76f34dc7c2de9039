package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/hindsight search} runs in a JVM of its own on a short class path: hindsight's modules
 * and {@code target/lib-search} (no Spark, Hadoop or Scala). This starts such a JVM, as the
 * launcher does, and searches, reads a config file and prints JSON with it, so a class that the
 * search path needs and the short class path lacks fails here rather than in a reviewer's hands.
 */
class SearchLaunchTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void publishSmallIndex() {
        SmallCaseIndex.publish(temp.resolve("warehouse"));
    }


    private static Launched launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", LauncherClassPath.of("lib-search"),
                Hindsight.class.getName()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Launched(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Launched(int exitCode, String out, String err) {
    }

    @Test
    void theSearchJarsHoldNoSparkHadoopOrScala() throws IOException {
        try (var jars = Files.list(Path.of("target", "lib-search"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .isNotEmpty().anyMatch(name -> name.startsWith("lucene-core-"))
                    .noneMatch(name -> name.startsWith("spark-") || name.startsWith("hadoop-")
                            || name.startsWith("scala-"));
        }
    }

    @Test
    void searchesWithAConfigFileAndPrintsJsonOnTheShortClassPath() throws Exception {
        Path config = temp.resolve("utc.json");
        Files.writeString(config, "{\"time_zone\": \"UTC\"}");

        Launched readable = launch("search", "--warehouse", temp.resolve("warehouse").toString(),
                "重复扣款");
        Launched json = launch("search", "--warehouse", temp.resolve("warehouse").toString(),
                "--config", config.toString(), "--json", "重复扣款");

        assertThat(readable.exitCode()).as(readable.err()).isZero();
        assertThat(readable.out()).contains("3 documents in 1 case for 重复扣款").contains("«重复扣款»");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"total_hits\" : 3");
    }

    @Test
    void readsTheIndexDirOfAWarehouseOnHdfsWithoutHadoop() throws Exception {
        Path indexDir = temp.resolve("index-dir");
        SmallCaseIndex.publish(indexDir);
        String onHdfs = "hdfs://namenode.invalid:8020/warehouse";

        Launched search = launch("search", "--warehouse", onHdfs, "--index-dir",
                indexDir.toString(), "重复扣款");
        Launched similar = launch("similar", "--warehouse", onHdfs, "--index-dir",
                indexDir.toString(), "核心系统升级故障，客户遭重复扣款");

        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("3 documents in 1 case for 重复扣款");
        assertThat(similar.exitCode()).as(similar.err()).isZero();
        assertThat(similar.out()).contains("INC-1");
        assertThat(similar.err()).contains("warning: no key figures: warehouse " + onHdfs);
    }

    @Test
    void aBadQueryIsStillExitTwoOnTheShortClassPath() throws Exception {
        Launched bad = launch("search", "--warehouse", temp.resolve("warehouse").toString(),
                "a AND ) b");

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("is not valid Lucene syntax at character 7");
    }
}
