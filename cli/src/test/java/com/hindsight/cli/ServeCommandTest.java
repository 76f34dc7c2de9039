package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight serve}: the settings a user gets wrong are exit 2 with the reason, and the
 * case room starts and answers on the short class path {@code bin/hindsight serve} uses
 * ({@code target/lib-serve}: no Spark, Hadoop or Scala).
 */
class ServeCommandTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void publishSmallIndex() {
        SmallCaseIndex.publish(temp.resolve("warehouse"));
    }

    private static String warehouse() {
        return temp.resolve("warehouse").toString();
    }

    @Test
    void anAddressBeyondLoopbackNeedsUsers() {
        CommandRun run = CommandRun.of("serve", "--warehouse", warehouse(), "--bind", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--bind 0.0.0.0").contains("--users FILE");
    }

    @Test
    void missingUsersFileNoIndexAndBadLanguageAreExitTwo() throws Exception {
        CommandRun noUsers = CommandRun.of("serve", "--warehouse", warehouse(), "--users",
                temp.resolve("nobody").toString());
        assertThat(noUsers.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUsers.err()).contains("users file").contains("not found");

        Files.createDirectories(temp.resolve("empty"));
        CommandRun noIndex = CommandRun.of("serve", "--warehouse", temp.resolve("empty").toString(), "--port", "0");
        assertThat(noIndex.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noIndex.err()).contains("run `hindsight index` first");

        CommandRun language = CommandRun.of("serve", "--warehouse", warehouse(), "--language", "fr");
        assertThat(language.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(language.err()).contains("zh or en");
    }

    @Test
    void theServeJarsHoldNoSparkHadoopOrScala() throws Exception {
        try (var jars = Files.list(Path.of("target", "lib-serve"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("jetty-server-")).anyMatch(name -> name.startsWith("lucene-core-"))
                    .noneMatch(name -> name.startsWith("spark-") || name.startsWith("hadoop-")
                            || name.startsWith("scala-"));
        }
    }

    @Test
    void servesOnTheShortClassPath() throws Exception {
        servesAndAnswers("--warehouse", warehouse());
    }

    @Test
    void servesTheIndexOfAnIndexDirOnTheShortClassPath() throws Exception {
        Path indexDir = temp.resolve("index-dir");
        SmallCaseIndex.publish(indexDir);
        Path withoutIndex = Files.createDirectories(temp.resolve("warehouse-without-index"));

        servesAndAnswers("--warehouse", withoutIndex.toString(), "--index-dir", indexDir.toString());
    }

    private static void servesAndAnswers(String... warehouseOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", LauncherClassPath.of("lib-serve"),
                Hindsight.class.getName(), "serve", "--port", "0"));
        command.addAll(List.of(warehouseOptions));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("case room: http://127.0.0.1:");
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(first);
            assertThat(url.find()).isTrue();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url.group(1) + "?q="
                    + URLEncoder.encode("重复扣款", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("data-incident=\"INC-1\"");
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/similar?text="
                    + URLEncoder.encode("核心系统升级故障，客户遭重复扣款", StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.body()).contains("\"incidents\"");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

}
