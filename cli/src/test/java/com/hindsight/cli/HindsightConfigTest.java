package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.reports.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HindsightConfigTest {
    @TempDir
    Path temp;

    /** The release's conf/hindsight.json (cli/src/dist/conf) names every setting, at its default. */
    @Test
    void theReleasesSampleConfigIsValidAndHoldsEveryDefault() {
        HindsightConfig sample = HindsightConfig.read(Path.of("src/dist/conf/hindsight.json"));

        assertThat(sample).isEqualTo(HindsightConfig.defaults());
    }

    @Test
    void defaultsArePinned() {
        IngestOptions options = HindsightConfig.defaults().ingestOptions();

        assertThat(options.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(options.maxRecordBytes()).isEqualTo(1_000_000);
        assertThat(options.linkLead()).isEqualTo(Duration.ofHours(72));
        assertThat(options.linkTail()).isEqualTo(Duration.ofHours(72));
        assertThat(options.openIncidentSpan()).isEqualTo(Duration.ofDays(30));
        assertThat(options.keepRuns()).isEqualTo(3);
        assertThat(HindsightConfig.defaults().shufflePartitions()).isEqualTo(8);
        assertThat(HindsightConfig.defaults().reportLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void reportLanguageComesFromTheFileUnlessAFlagSetsIt() throws IOException {
        Path file = temp.resolve("zh.json");
        Files.writeString(file, "{\"language\": \"zh\"}");
        HindsightConfig fromFile = HindsightConfig.read(file);

        assertThat(fromFile.orElse(HindsightConfig.defaults()).reportLanguage())
                .isEqualTo(Language.ZH);
        assertThat(HindsightConfig.builder().language("en").build()
                .orElse(fromFile).reportLanguage()).isEqualTo(Language.EN);
        assertThatThrownBy(() -> HindsightConfig.builder().language("fr").build()
                .reportLanguage()).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("\"fr\"");
    }

    @Test
    void flagsOverrideFileWhichOverridesDefaults() throws IOException {
        Path file = temp.resolve("hindsight.json");
        Files.writeString(file, "{\"time_zone\": \"UTC\", \"keep_runs\": 5, \"max_record_bytes\": 100}");
        ConfigOption option = new ConfigOption();
        option.file = file;

        HindsightConfig config = option.resolve(HindsightConfig.builder().maxRecordBytes(200)
                .build());

        assertThat(config.maxRecordBytes()).isEqualTo(200);
        assertThat(config.keepRuns()).isEqualTo(5);
        assertThat(config.timeZone()).isEqualTo("UTC");
        assertThat(config.linkLeadHours()).isEqualTo(72);
    }

    @Test
    void unknownSettingInFileIsAUsageErrorNamingIt() throws IOException {
        Path file = temp.resolve("bad.json");
        Files.writeString(file, "{\"time_zon\": \"UTC\"}");

        assertThatThrownBy(() -> HindsightConfig.read(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("bad.json line 1: time_zon: unknown setting (did you mean"
                        + " time_zone?)");
    }

    @Test
    void malformedFileNamesTheLine() throws IOException {
        Path file = temp.resolve("broken.json");
        Files.writeString(file, "{\n\"keep_runs\": 2,\n\"time_zone\": }");

        assertThatThrownBy(() -> HindsightConfig.read(file))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("broken.json line 3");
    }

    @Test
    void unknownZoneIsAUsageError() {
        HindsightConfig config = HindsightConfig.builder().timeZone("Mars/Olympus").build()
                .orElse(HindsightConfig.defaults());

        assertThatThrownBy(config::zone).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("Mars/Olympus");
    }

    @Test
    void thePlaybookIsBuiltInUnlessTheConfigFileNamesOne() throws IOException {
        assertThat(HindsightConfig.defaults().scoringPlaybook().name())
                .isEqualTo("hindsight-default");
        Path playbook = Files.writeString(temp.resolve("bank.yaml"), "name: bank\nsteps:\n"
                + "  - {action: statement, role: pr, from: first_mention, target_hours: 2}\n");
        Path file = temp.resolve("hindsight.json");
        Files.writeString(file, "{\"playbook\": \"" + playbook + "\"}");

        assertThat(HindsightConfig.resolve(HindsightConfig.empty(), file).scoringPlaybook().name())
                .isEqualTo("bank");

        Files.writeString(file, "{\"playbook\": \"" + temp.resolve("none.yaml") + "\"}");
        assertThatThrownBy(() -> HindsightConfig.resolve(HindsightConfig.empty(), file)
                .scoringPlaybook()).isInstanceOf(UserErrorException.class)
                .hasMessageContaining("none.yaml does not exist");
    }
}
