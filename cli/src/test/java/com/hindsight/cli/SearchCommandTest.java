package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search command over a small index ({@link SmallCaseIndex}), in the test's JVM. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static String warehouse;

    @BeforeAll
    static void publishSmallIndex() {
        warehouse = temp.resolve("warehouse").toString();
        SmallCaseIndex.publish(Path.of(warehouse));
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
        CommandRun result = search("--hits", "重复扣款");

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
        CommandRun result = search("--hits", "--kind", "post,complaint", "--channel", "hotline", "重复", "扣款");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("1 hit for 重复 扣款\n").contains("complaint c1");
    }

    @Test
    void timeRangeCoversWholeDaysInTheZone() throws IOException {
        // p2 was published 2024-03-06 10:00 in Shanghai
        JsonNode inRange = JSON.readTree(search("--hits", "--json", "--from", "2024-03-06", "--to", "2024-03-06",
                "*:*").out());
        JsonNode utc = JSON.readTree(search("--hits", "--json", "--time-zone", "UTC", "--from", "2024-03-05",
                "--to", "2024-03-05", "*:*").out());

        assertThat(inRange.get("total_hits").asLong()).isEqualTo(1);
        assertThat(inRange.at("/hits/0/id").asText()).isEqualTo("p2");
        assertThat(utc.get("total_hits").asLong()).isEqualTo(2);
    }

    @Test
    void jsonHasHitsTotalAndFacets() throws IOException {
        CommandRun result = search("--hits", "--json", "--limit", "1", "refunds");

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
    void groupsHitsByCaseWithTheReviewsRootCauseAndLessons() {
        CommandRun result = search("重复扣款");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("3 documents in 1 case for 重复扣款\n")
                .contains(" 1. INC-1  ")
                .contains("matches: the incident, 1 posts, 1 complaints (3 documents)")
                .contains("- incident INC-1: ")
                .contains("root cause: ");
    }

    @Test
    void groupedJsonHasOneEntryPerCase() throws IOException {
        JsonNode document = JSON.readTree(search("--json", "重复扣款").out());

        assertThat(document.get("total_cases").asLong()).isEqualTo(1);
        assertThat(document.at("/cases/0/incident_id").asText()).isEqualTo("INC-1");
        assertThat(document.at("/cases/0/matching_posts").asLong()).isEqualTo(1);
        assertThat(document.at("/cases/0/hits/0/kind").asText()).isEqualTo("incident");
        assertThat(document.at("/cases/0/root_cause").isTextual()).isTrue();
    }

    @Test
    void aQueryMayStartWithMinus() {
        CommandRun result = search("-演练", "重复扣款");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("for -演练 重复扣款");
    }

    @Test
    void aMistypedOptionAmongTheQueryWordsIsStillAUsageError() {
        CommandRun result = search("--lmit", "3", "重复扣款");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--lmit");
    }

    @Test
    void anUnknownKindOrIncidentInTheQueryWarns() {
        CommandRun kind = search("kind:reveiw 故障");
        CommandRun incident = search("--incident", "INC-99", "故障");

        assertThat(kind.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(kind.err()).contains("warning: kind \"reveiw\" does not exist");
        assertThat(incident.err()).contains("warning: no document belongs to incident \"INC-99\"");
    }

    @Test
    void aQueryOfTooManyClausesIsAUsageErrorWithAdvice() {
        String many = String.join(" OR ", java.util.Collections.nCopies(1100, "故障"));
        CommandRun result = search(many);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("clauses");
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
