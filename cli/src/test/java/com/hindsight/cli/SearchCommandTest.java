package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.ComplaintRecord;
import com.hindsight.search.cases.IncidentRecord;
import com.hindsight.search.cases.IndexBuilder;
import com.hindsight.search.cases.PostRecord;
import com.hindsight.search.cases.PublishedIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search command over a small index published into a warehouse the way the index stage
 * publishes it (built here with the search API, so that no Spark is needed).
 */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static String warehouse;

    @BeforeAll
    static void publishSmallIndex() {
        warehouse = temp.resolve("warehouse").toString();
        StageLifecycle.run(Warehouse.local(Path.of(warehouse)), Stage.INDEX, 1, run -> {
            writeIndex(run.localPath(PublishedIndex.LUCENE_FOLDER));
            return () -> "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    private static void writeIndex(Path folder) {
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            builder.add(new IncidentRecord("INC-1", "华信银行", "核心系统升级故障", "system_failure",
                    Instant.parse("2024-03-05T01:00:00Z"), "客户遭重复扣款", List.of()));
            builder.add(new PostRecord("p1", "weibo", Instant.parse("2024-03-05T02:00:00Z"), null,
                    "我的卡被重复扣款了", "INC-1", "华信银行", "system_failure"));
            builder.add(new PostRecord("p2", "twitter", Instant.parse("2024-03-06T02:00:00Z"), null,
                    "duplicate debit on my card, asking for refunds", "INC-1", "华信银行",
                    "system_failure"));
            builder.add(new ComplaintRecord("c1", "hotline", Instant.parse("2024-03-07T02:00:00Z"),
                    "重复扣款，要求退还", "INC-1", "华信银行", "system_failure"));
        }
    }

    private static CommandRun search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        all[1] = "--warehouse";
        all[2] = warehouse;
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandRun.of(all);
    }

    @Test
    void printsHitsWithTheMatchMarkedTheTotalAndTheCounts() {
        CommandRun result = search("重复扣款");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("3 hits for 重复扣款\n")
                .contains("post      p1")
                .contains("INC-1          2024-03-05 10:00 weibo")
                .contains("我的卡被«重复扣款»了")
                .contains("by kind:")
                .contains("by channel:")
                .containsPattern("by kind: +complaint 1 · incident 1 · post 1");
    }

    @Test
    void joinsSeveralQueryWordsAndAppliesTheFilters() {
        CommandRun result = search("--kind", "post,complaint", "--channel", "hotline", "重复", "扣款");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("1 hit for 重复 扣款\n").contains("complaint c1");
    }

    @Test
    void timeRangeCoversWholeDaysInTheZone() throws IOException {
        // p2 was published 2024-03-06 10:00 in Shanghai
        JsonNode inRange = JSON.readTree(search("--json", "--from", "2024-03-06", "--to", "2024-03-06",
                "*:*").out());
        JsonNode utc = JSON.readTree(search("--json", "--time-zone", "UTC", "--from", "2024-03-05",
                "--to", "2024-03-05", "*:*").out());

        assertThat(inRange.get("total_hits").asLong()).isEqualTo(1);
        assertThat(inRange.at("/hits/0/id").asText()).isEqualTo("p2");
        assertThat(utc.get("total_hits").asLong()).isEqualTo(2);
    }

    @Test
    void jsonHasHitsTotalAndFacets() throws IOException {
        CommandRun result = search("--json", "--limit", "1", "refunds");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        JsonNode document = JSON.readTree(result.out());
        assertThat(document.get("query").asText()).isEqualTo("refunds");
        assertThat(document.get("total_hits").asLong()).isEqualTo(1);
        assertThat(document.at("/hits/0/kind").asText()).isEqualTo("post");
        assertThat(document.at("/hits/0/id").asText()).isEqualTo("p2");
        assertThat(document.at("/hits/0/time").asText()).isEqualTo("2024-03-06T02:00:00Z");
        assertThat(document.at("/hits/0/snippet").asText()).contains("«refunds»");
        assertThat(document.at("/facets/channel/twitter").asLong()).isEqualTo(1);
        assertThat(document.get("index_run").asText()).isNotBlank();
    }

    @Test
    void badQueryIsAUsageErrorSayingWhereOnOneLine() {
        CommandRun result = search("a AND ) b");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo(
                "error: query \"a AND ) b\" is not valid Lucene syntax at character 7: unexpected \")\"");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void searchBeforeAnyIndexRunSaysToRunIndexFirst() throws IOException {
        Files.createDirectories(temp.resolve("fresh"));
        CommandRun result = CommandRun.of("search", "--warehouse", temp.resolve("fresh").toString(), "故障");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no published index run; run `hindsight index` first");
    }

    @Test
    void unknownKindIsAUsageErrorListingTheKinds() {
        CommandRun result = search("--kind", "tweet", "故障");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("kind \"tweet\" is not one of incident, post, complaint, review");
    }

    @Test
    void searchDoesNotStartSpark() {
        CommandRun result = search("故障");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(SparkSession.getActiveSession().isEmpty()).isTrue();
        assertThat(SparkSession.getDefaultSession().isEmpty()).isTrue();
    }
}
