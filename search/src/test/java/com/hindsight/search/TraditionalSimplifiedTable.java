package com.hindsight.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Traditional→Simplified table the analyzers load
 * (search/src/main/resources/com/hindsight/search/traditional-simplified.txt) from ICU's
 * "Traditional-Simplified" transliterator, one character at a time. ICU takes about half a
 * second to load, too long for a command-line search, so the table is generated here and
 * {@code TestTextAnalyzers} checks it still equals ICU's output. Run after an ICU upgrade:
 * {@code java -cp ... com.hindsight.search.TraditionalSimplifiedTable search/src/main/resources/com/hindsight/search/traditional-simplified.txt}
 */
public final class TraditionalSimplifiedTable {
    private TraditionalSimplifiedTable() {
    }

    /** Lines {@code <traditional>\t<simplified>} for every CJK ideograph ICU changes. */
    static List<String> lines() {
        Transliterator simplified = Transliterator.getInstance("Traditional-Simplified");
        List<String> lines = new ArrayList<>();
        lines.add("# Traditional -> Simplified Chinese, one character a line, generated from ICU4J "
                + com.ibm.icu.util.VersionInfo.ICU_VERSION + " by TraditionalSimplifiedTable (test sources)");
        addRange(lines, simplified, '\u3400', '\u4DBF');
        addRange(lines, simplified, '\u4E00', '\u9FFF');
        return lines;
    }

    private static void addRange(List<String> lines, Transliterator simplified, char first, char last) {
        for (char c = first; c <= last; c++) {
            String from = String.valueOf(c);
            String to = simplified.transliterate(from);
            if (!to.equals(from) && !to.isEmpty()) {
                lines.add(from + "\t" + to);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
    }
}
