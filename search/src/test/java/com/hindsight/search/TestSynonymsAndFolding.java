package com.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSynonymsAndFolding {
    @TempDir
    Path temp;

    @Test
    void theShippedTraditionalSimplifiedTableIsIcusOutput() {
        Map<String, String> shipped = TextAnalyzers.traditionalToSimplified();
        List<String> generated = TraditionalSimplifiedTable.lines();

        assertThat(shipped).hasSize(generated.size() - 1); // the first line is a comment
        for (String line : generated.subList(1, generated.size())) {
            String[] pair = line.split("\t");
            assertThat(shipped.get(pair[0])).as(pair[0]).isEqualTo(pair[1]);
        }
    }

    @Test
    void foldsTraditionalFullWidthAndQuoteMarks() {
        assertThat(TextAnalyzers.fold("帳戶“管理費”ＡＰＰ１２３")).isEqualTo("账户管理费APP123");
    }

    @Test
    void theBuiltInSynonymsLoadInEveryLanguage() {
        assertThat(Synonyms.builtIn().groups()).anySatisfy(group -> assertThat(group)
                .contains("重复扣款", "duplicate charge", "cobro duplicado"));
    }

    @Test
    void aUserFileAddsGroupsAndABadLineIsNamed() throws IOException {
        Path good = temp.resolve("mine.txt");
        Files.writeString(good, "# mine\n结息, 利息结算, interest settlement\n\n", StandardCharsets.UTF_8);
        Path bad = temp.resolve("bad.txt");
        Files.writeString(bad, "结息, 利息结算\n只有一个\n", StandardCharsets.UTF_8);

        assertThat(Synonyms.withUserFile(good).groups()).contains(List.of("结息", "利息结算", "interest settlement"));
        assertThatThrownBy(() -> Synonyms.withUserFile(bad)).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("bad.txt, line 2").hasMessageContaining("fewer than two terms");
        assertThatThrownBy(() -> Synonyms.withUserFile(temp.resolve("none.txt")))
                .isInstanceOf(UserErrorException.class).hasMessageContaining("does not exist");
    }
}
