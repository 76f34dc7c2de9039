package com.hindsight.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwitterTreeConverterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");

    @TempDir
    Path temp;

    private final List<ConversionProblem> problems = new ArrayList<>();

    private Path dataset(String name) throws IOException {
        return Files.createDirectories(temp.resolve(name).resolve("tree")).getParent();
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private TwitterTreeSummary convert(Instant start, Path... inputs) {
        return new TwitterTreeConverter(start).convert(List.of(inputs), temp.resolve("archive"),
                problems::add);
    }

    private List<JsonNode> records(String file) throws IOException {
        try (Stream<String> lines = Files.lines(temp.resolve("archive").resolve(file))) {
            return lines.map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void writesOneIncidentPerTreeAndOnePostPerNode() throws IOException {
        Path in = dataset("twitter15-trees");
        write(in.resolve("label.txt"), "false:100", "true:999");
        write(in.resolve("tree/100.txt"),
                "['ROOT', 'ROOT', '0.0']->['7', '100', '0.0']",
                "['7', '100', '0.0']->['8', '100', '1.5']",
                "['7', '100', '0.0']->['9', '205', '-2.25']",
                "['8', '100', '1.5']->['10', '100', '60.0']");

        TwitterTreeSummary summary = convert(START, in);

        assertThat(problems).isEmpty();
        assertThat(summary.datasets()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("twitter15");
            assertThat(d.trees()).isEqualTo(1);
            assertThat(d.posts()).isEqualTo(4);
            assertThat(d.lines()).isEqualTo(4);
            assertThat(d.labelledTrees()).isEqualTo(1);
        });
        List<JsonNode> posts = records("media/twitter15.jsonl");
        assertThat(posts).extracting(p -> p.get("id").asText()).containsExactly(
                "TW15-100-7-100-0.0", "TW15-100-8-100-1.5", "TW15-100-9-205--2.25",
                "TW15-100-10-100-60.0");
        assertThat(posts).extracting(p -> p.path("parent_id").asText("-")).containsExactly(
                "-", "TW15-100-7-100-0.0", "TW15-100-7-100-0.0", "TW15-100-8-100-1.5");
        assertThat(posts).extracting(p -> p.get("published_at").asText()).containsExactly(
                "2015-01-01T00:00:00.000000Z", "2015-01-01T00:01:30.000000Z",
                "2014-12-31T23:57:45.000000Z", "2015-01-01T01:00:00.000000Z");
        assertThat(posts).extracting(p -> p.get("text").asText())
                .containsExactly("source tweet", "retweet", "reply", "retweet");
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.get("channel").asText()).isEqualTo("twitter");
            assertThat(p.get("incident_id").asText()).isEqualTo("TW15-100");
        });
        assertThat(posts).extracting(p -> p.get("author_id").asText())
                .containsExactly("7", "8", "9", "10");
        JsonNode incident = records("incidents/twitter15.jsonl").get(0);
        assertThat(incident.get("id").asText()).isEqualTo("TW15-100");
        assertThat(incident.get("bank").asText()).isEqualTo("twitter15");
        assertThat(incident.get("category").asText()).isEqualTo("other");
        assertThat(incident.get("title").asText())
                .isEqualTo("twitter15 propagation tree of tweet 100 (label: false)");
        assertThat(incident.get("opened_at").asText()).isEqualTo("2014-12-31T23:57:45.000000Z");
        assertThat(incident.get("closed_at").asText()).isEqualTo("2015-01-01T01:00:00.000000Z");
    }

    @Test
    void placesEachTreeAtItsSourceTweetsOwnTimeWithoutStart() throws IOException {
        Path in = dataset("twitter16");
        write(in.resolve("tree/629503919098429440.txt"),
                "['ROOT', 'ROOT', '0.0']->['1547119022', '629503919098429440', '0.0']",
                "['1547119022', '629503919098429440', '0.0']->['2', '629503919098429440', '0.45']");

        convert(null, in);

        assertThat(records("media/twitter16.jsonl")).extracting(p -> p.get("published_at").asText())
                .containsExactly("2015-08-07T04:06:44.587000Z", "2015-08-07T04:07:11.587000Z");
    }

    @Test
    void reportsABadLineWithFileAndLineAndConvertsTheRest() throws IOException {
        Path in = dataset("twitter15-trees");
        write(in.resolve("tree/100.txt"),
                "['ROOT', 'ROOT', '0.0']->['7', '100', '0.0']",
                "['7', '100', '0.0']->['8', '100', '1.5']",
                "",
                "['7', '100', '0.0']->['9', '100']",
                "['7', '100', '0.0']->['11', '100', 'later']",
                "['7', '100', '0.0']->['12', '100', '3.0']");
        write(in.resolve("tree/200.txt"), "['ROOT', 'ROOT', '0.0']->['5', '200', '0.0']");

        TwitterTreeSummary summary = convert(START, in);

        assertThat(problems).extracting(ConversionProblem::describe).containsExactly(
                "twitter15-trees/tree/100.txt line 4: not an edge ['uid', 'tweet_id', 'delay']->"
                        + "['uid', 'tweet_id', 'delay'] (bad_edge)",
                "twitter15-trees/tree/100.txt line 5: delay \"later\" is not a number of minutes"
                        + " (bad_delay)");
        TwitterTreeSummary.Dataset d = summary.datasets().get(0);
        assertThat(d.trees()).isEqualTo(2);
        assertThat(d.posts()).isEqualTo(4);
        assertThat(d.problemsByReason()).containsEntry("bad_edge", 1L).containsEntry("bad_delay", 1L);
        assertThat(records("media/twitter15.jsonl")).extracting(p -> p.get("id").asText())
                .containsExactly("TW15-100-7-100-0.0", "TW15-100-8-100-1.5",
                        "TW15-100-12-100-3.0", "TW15-200-5-200-0.0");
    }

    @Test
    void appliesTheDeduplicationRulesAndCountsThem() throws IOException {
        Path in = dataset("twitter16");
        write(in.resolve("tree/1.txt"),
                "['0', '1', '0.0']->['1', '1', '1.0']",
                "['ROOT', 'ROOT', '0.0']->['0', '1', '0.0']",
                "['0', '1', '0.0']->['1', '1', '1.0']",
                "['0', '1', '0.0']->['0', '1', '0.0']",
                "['1', '1', '1.0']->['2', '1', '2.0']",
                "['0', '1', '0.0']->['2', '1', '2.0']",
                "['2', '1', '2.0']->['0', '1', '0.0']");

        TwitterTreeSummary.Dataset d = convert(START, in).datasets().get(0);

        assertThat(problems).isEmpty();
        assertThat(d.repeatedEdges()).isEqualTo(1);
        assertThat(d.selfLoops()).isEqualTo(1);
        assertThat(d.extraParentEdges()).isEqualTo(2);
        assertThat(d.rootParentEdges()).isEqualTo(1);
        assertThat(d.childrenWithExtraParents()).isEqualTo(2);
        assertThat(d.detachedPosts()).isZero();
        assertThat(records("media/twitter16.jsonl")).extracting(
                p -> p.get("author_id").asText() + "<" + p.path("parent_id").asText("-"))
                .containsExactly("0<-", "1<TW16-1-0-1-0.0", "2<TW16-1-1-1-1.0");
    }

    @Test
    void reportsTreesItCannotPlaceOrRootAndGoesOn() throws IOException {
        Path in = dataset("twitter15");
        write(in.resolve("label.txt"), "false:100", "not a label", "true:x1");
        write(in.resolve("tree/100.txt"), "['7', '100', '0.0']->['8', '100', '1.5']");
        write(in.resolve("tree/20.txt"), "['ROOT', 'ROOT', '0.0']->['7', '20', '0.0']");
        write(in.resolve("tree/300.txt"), "");
        write(in.resolve("tree/notes.md"), "# notes");
        write(in.resolve("tree/.hidden.txt"), "x");

        TwitterTreeSummary.Dataset d = convert(null, in).datasets().get(0);

        assertThat(problems).extracting(ConversionProblem::describe).containsExactly(
                "twitter15/label.txt line 2: not label:tweet_id (bad_label)",
                "twitter15/label.txt line 3: not label:tweet_id (bad_label)",
                "twitter15/tree/100.txt: tweet id 100 is not a Snowflake id, so its time is"
                        + " unknown; the tree was skipped (give --start to place all trees)"
                        + " (no_time)",
                "twitter15/tree/20.txt: tweet id 20 is not a Snowflake id, so its time is"
                        + " unknown; the tree was skipped (give --start to place all trees)"
                        + " (no_time)",
                "twitter15/tree/300.txt: tweet id 300 is not a Snowflake id, so its time is"
                        + " unknown; the tree was skipped (give --start to place all trees)"
                        + " (no_time)",
                "twitter15/tree/notes.md: not <source tweet id>.txt; the file was skipped"
                        + " (bad_file_name)");
        assertThat(d.treeFiles()).isEqualTo(4);
        assertThat(d.trees()).isZero();

        problems.clear();
        d = convert(START, in).datasets().get(0);

        assertThat(problems).extracting(ConversionProblem::reason).containsExactly(
                ConversionProblem.Reason.BAD_LABEL, ConversionProblem.Reason.BAD_LABEL,
                ConversionProblem.Reason.NO_ROOT, ConversionProblem.Reason.EMPTY_TREE,
                ConversionProblem.Reason.BAD_FILE_NAME);
        assertThat(d.trees()).isEqualTo(2);
        assertThat(d.detachedPosts()).isEqualTo(2);
        assertThat(d.treesWithDetachedPosts()).isEqualTo(1);
    }

    @Test
    void replacesItsOwnFilesAndLeavesNoTemporaryFile() throws IOException {
        Path in = dataset("twitter15");
        write(in.resolve("tree/100.txt"), "['ROOT', 'ROOT', '0.0']->['7', '100', '0.0']");
        Path other = temp.resolve("archive/media/weibo.jsonl");
        write(other, "{}");
        write(temp.resolve("archive/media/twitter15.jsonl"), "old", "old");

        convert(START, in);
        convert(START, in);

        assertThat(records("media/twitter15.jsonl")).hasSize(1);
        assertThat(other).hasContent("{}");
        try (Stream<Path> files = Files.list(temp.resolve("archive/media"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("twitter15.jsonl", "weibo.jsonl");
        }
    }

    @Test
    void acceptsTheTreeFolderItselfAndNamesTheDatasetAfterItsParent() throws IOException {
        Path in = dataset("twitter16-trees");
        write(in.resolve("tree/100.txt"), "['ROOT', 'ROOT', '0.0']->['7', '100', '0.0']");

        TwitterTreeSummary summary = convert(START, in.resolve("tree"));

        assertThat(summary.datasets().get(0).name()).isEqualTo("twitter16");
        assertThat(summary.datasets().get(0).incidentPrefix()).isEqualTo("TW16");
        assertThat(temp.resolve("archive/media/twitter16.jsonl")).exists();
    }

    @Test
    void rejectsAMissingOrEmptyFolderAndTwoDatasetsOfOneName() throws IOException {
        Path a = dataset("a/twitter15");
        Path b = dataset("b/twitter15-trees");
        write(a.resolve("tree/1.txt"), "['ROOT', 'ROOT', '0.0']->['7', '1', '0.0']");
        write(b.resolve("tree/1.txt"), "['ROOT', 'ROOT', '0.0']->['7', '1', '0.0']");
        Path empty = dataset("twitter16");

        assertThatThrownBy(() -> convert(START, temp.resolve("missing")))
                .isInstanceOf(UserErrorException.class).hasMessageContaining("not a folder");
        assertThatThrownBy(() -> convert(START, empty))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("holds no tree files");
        assertThat(temp.resolve("archive")).doesNotExist();
        assertThatThrownBy(() -> convert(START, a, b))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("both named twitter15");
    }
}
