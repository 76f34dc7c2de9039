package com.hindsight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static Properties table(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguageTablesHaveTheSameKeys() throws IOException {
        assertThat(table("zh").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(table("en").stringPropertyNames());
    }

    @Test
    void everyChineseSheetNameAndHeaderIsChinese() throws IOException {
        Properties zh = table("zh");
        for (String key : zh.stringPropertyNames()) {
            if (key.startsWith("sheet.") || key.startsWith("summary.")) {
                assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void translatesKnownValuesAndKeepsUnknownOnes() {
        Labels zh = Labels.of(Language.ZH);
        Labels en = Labels.of(Language.EN);

        assertThat(zh.value("channel", "weibo")).isEqualTo("微博");
        assertThat(en.value("channel", "weibo")).isEqualTo("Weibo");
        assertThat(zh.value("category", "System_Failure")).isEqualTo("系统故障");
        assertThat(zh.value("channel", "pigeon")).isEqualTo("pigeon");
        assertThat(zh.value("channel", null)).isEqualTo("（无）");
        assertThat(en.format("chart.marker.target_hours", 4)).isEqualTo("Target 4 h");
    }

    @Test
    void aMissingLabelNamesTheKeyAndLanguage() {
        assertThatThrownBy(() -> Labels.of(Language.ZH).get("sheet.nothing"))
                .hasMessageContaining("sheet.nothing").hasMessageContaining("zh");
    }

    @Test
    void parsesLanguageCodesAndRejectsOthers() {
        assertThat(Language.parse("ZH")).isEqualTo(Language.ZH);
        assertThat(Language.parse("en")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("fr")).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("\"fr\"").hasMessageContaining("zh or en");
    }
}
