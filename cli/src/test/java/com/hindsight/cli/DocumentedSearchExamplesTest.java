package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.cli.DocumentedSearchExamples.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction of the documented search examples (run on the sample by
 * {@link SampleArchiveEndToEndTest}): that it finds the README's examples at all, splits them as
 * the shell does, and leaves synopses out. No Spark.
 */
class DocumentedSearchExamplesTest {
    @TempDir
    Path temp;

    @Test
    void findsTheReadmeCommandsAndQueryTable() {
        List<List<String>> commands = DocumentedSearchExamples.commands(DocumentedSearchExamples.README)
                .stream().map(Example::args).toList();

        assertThat(commands).contains(
                List.of("search", "--warehouse", "warehouse", "重复扣款"),
                List.of("search", "--warehouse", "warehouse", "--kind", "review", "回归测试"),
                List.of("search", "--warehouse", "warehouse", "\"duplicate charges\"", "--channel",
                        "twitter"));
        assertThat(commands).allSatisfy(args -> assertThat(args).doesNotContain("DIR"));
        List<String> queries = DocumentedSearchExamples.queryTable(DocumentedSearchExamples.README)
                .stream().map(example -> example.args().get(3)).toList();
        assertThat(queries).contains("重复扣款 致歉", "\"duplicate charges\"", "kind:review", "*:*")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(DocumentedSearchExamples.commands(DocumentedSearchExamples.SEARCH_DOC))
                .isNotEmpty();
    }

    @Test
    void readsCodeBlocksAndInlineCodeAndLeavesSynopsesOut() throws IOException {
        Path markdown = temp.resolve("doc.md");
        Files.writeString(markdown, String.join("\n",
                "Try `bin/hindsight search --warehouse w 退款` and `bin/hindsight index`.",
                "```",
                "bin/hindsight search --warehouse DIR [--kind K] QUERY",
                "bin/hindsight search --warehouse w --kind post 'a b' \"c \\\"d\\\"\" e\\ f   # note",
                "```",
                "`bin/hindsight search --warehouse w \"x y\"` outside a block.",
                "",
                "| query | finds |",
                "| --- | --- |",
                "| `a`, `\"b c\"` | d `e` |",
                "| `*:*` | all |",
                "",
                "| `not` | a query |"));

        assertThat(DocumentedSearchExamples.commands(markdown)).extracting(Example::args)
                .containsExactly(
                        List.of("search", "--warehouse", "w", "退款"),
                        List.of("search", "--warehouse", "w", "--kind", "post", "a b", "c \"d\"",
                                "e f"),
                        List.of("search", "--warehouse", "w", "x y"));
        assertThat(DocumentedSearchExamples.queryTable(markdown))
                .extracting(example -> example.args().get(3)).containsExactly("a", "\"b c\"", "*:*");
    }

    @Test
    void shellWordsLikeBash() {
        assertThat(DocumentedSearchExamples.shellWords("search 'a\"b' \"it's\" x#y # gone"))
                .containsExactly("search", "a\"b", "it's", "x#y");
        assertThatThrownBy(() -> DocumentedSearchExamples.shellWords("search 'open"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
