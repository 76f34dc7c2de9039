package com.hindsight.jobs.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights over an archive of three incidents where new posts touch one incident, a changed
 * action another, and a removed file takes every post of the third: after each, the incremental
 * analyze run computed only the touched incidents and holds exactly what a full ingest and
 * analyze of the archive as it is then give (every table, every document, the summary).
 */
class IncrementalAnalyzeTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final IngestOptions INGEST = new IngestOptions(ZoneId.of("Asia/Shanghai"),
            5_000, Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 2);
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final String ZONE = "Asia/Shanghai";

    @TempDir
    Path temp;

    @Test
    void computesOnlyTheTouchedIncidentsAndEqualsAFullRun() throws IOException {
        Path archive = temp.resolve("archive");
        write(archive, "incidents/register.csv", "id,bank,title,category,opened_at,closed_at\n"
                + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,2024-03-08 18:00:00\n"
                + "INC-2,北辰银行,小额账户管理费,pricing_policy,2024-04-10 08:00:00,\n"
                + "INC-3,南海银行,理财产品误导销售,mis_selling,2024-05-02 10:00:00,\n");
        write(archive, "actions/timeline.csv", "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,致歉声明\n"
                + "INC-2,2024-04-10 09:00:00,monitoring,detected,监测发现\n"
                + "INC-3,2024-05-02 11:00:00,monitoring,detected,监测发现\n");
        write(archive, "complaints/all.csv", "id,received_at,channel,text,incident_id\n"
                + "c1,2024-03-05 10:00:00,hotline,重复扣款两次,INC-1\n"
                + "c2,2024-04-10 10:00:00,app,管理费不合理,INC-2\n");
        write(archive, "media/inc1.jsonl", posts("INC-1", "2024-03-05", 1, 6));
        write(archive, "media/inc2.jsonl", posts("INC-2", "2024-04-10", 1, 5));
        write(archive, "media/inc3.jsonl", posts("INC-3", "2024-05-02", 1, 4));
        Warehouse incremental = Warehouse.local(temp.resolve("incremental"));

        AnalyzeSummary.Scope first = night(incremental).summary().scope();
        assertThat(first.incremental()).isFalse();
        assertThat(first.wholeReason()).contains("first analyze run");

        // night 2: new posts of INC-1 only
        write(archive, "media/inc1-day2.jsonl", posts("INC-1", "2024-03-06", 7, 4));
        Published<AnalyzeSummary> second = night(incremental);
        assertThat(second.summary().scope().incremental()).isTrue();
        assertThat(second.summary().scope().recomputed()).containsExactly("INC-1");
        assertThat(second.summary().scope().kept()).isEqualTo(2);
        assertThat(second.summary().scope().complaintsKept()).as("no complaint changed").isTrue();
        assertSameAsFullRun(incremental, second, "night2");

        // night 3: INC-2 gets its statement, INC-3 loses every post
        write(archive, "actions/timeline.csv", "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,致歉声明\n"
                + "INC-2,2024-04-10 09:00:00,monitoring,detected,监测发现\n"
                + "INC-2,2024-04-10 13:00:00,pr,statement,情况说明\n"
                + "INC-3,2024-05-02 11:00:00,monitoring,detected,监测发现\n");
        Files.delete(archive.resolve("media/inc3.jsonl"));
        write(archive, "complaints/day3.csv", "id,received_at,channel,text,incident_id\n"
                + "c3,2024-04-11 09:00:00,branch,管理费还没退,INC-2\n");
        Published<AnalyzeSummary> third = night(incremental);
        assertThat(third.summary().scope().recomputed()).containsExactly("INC-2", "INC-3");
        assertThat(third.summary().scope().kept()).isEqualTo(1);
        assertThat(third.summary().scope().complaintsKept()).as("a complaint arrived").isFalse();
        assertSameAsFullRun(incremental, third, "night3");

        // nothing changed: nothing is computed, the same documents are written
        Map<String, String> before = contents(incremental.requireCurrentRun(Stage.ANALYZE)
                .localPath(""));
        Published<AnalyzeSummary> fourth = analyze(incremental, false);
        assertThat(fourth.summary().scope().recomputed()).isEmpty();
        assertThat(fourth.summary().scope().kept()).isEqualTo(3);
        assertThat(contents(fourth.run().localPath(""))).isEqualTo(before);
    }

    @Test
    void otherSettingsHaveAnotherFingerprint() {
        AnalyzeOptions defaults = AnalyzeOptions.defaults();
        AnalyzeOptions slowerToSubside = new AnalyzeOptions(defaults.negativeBelow(), 0.2,
                defaults.subsideHours(), defaults.effectWindowHours(), defaults.responseTargets(),
                defaults.alertRules(), defaults.firstContactTarget(), defaults.resolutionTarget(),
                defaults.topSpreaders());
        String model = "sentiment-zh-0123456789ab";
        assertThat(SettingsFingerprint.fingerprint(defaults, model, ZONE))
                .isEqualTo(SettingsFingerprint.fingerprint(AnalyzeOptions.defaults(), model,
                        ZONE))
                .isNotEqualTo(SettingsFingerprint.fingerprint(slowerToSubside, model, ZONE))
                .isNotEqualTo(SettingsFingerprint.fingerprint(defaults,
                        "sentiment-zh-ba9876543210", ZONE))
                .isNotEqualTo(SettingsFingerprint.fingerprint(defaults, model, "Europe/Madrid"))
                .contains("rules=" + SettingsFingerprint.RULES_VERSION);
    }

    private Published<AnalyzeSummary> night(Warehouse warehouse) {
        new IngestJob(SPARK, INGEST).run(temp.resolve("archive").toString(), warehouse, false);
        return analyze(warehouse, false);
    }

    private static Published<AnalyzeSummary> analyze(Warehouse warehouse, boolean full) {
        return new AnalyzeJob(SPARK, AnalyzeOptions.defaults(), AS_OF).run(warehouse, 2, full);
    }

    /**
     * Analyzes the same ingest run again with --full (one more run in the same warehouse) and
     * compares it with the incremental run. The next night builds on the full run, which is
     * fine: it has just been shown to hold the same.
     */
    private static void assertSameAsFullRun(Warehouse warehouse,
                                            Published<AnalyzeSummary> incremental, String night) {
        Published<AnalyzeSummary> full = analyze(warehouse, true);
        assertThat(full.summary().scope().wholeReason()).isEqualTo("--full");
        Map<String, String> expected = contents(full.run().localPath(""));
        Map<String, String> actual = contents(incremental.run().localPath(""));
        assertThat(actual.keySet()).as(night).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(actual.get(name)).as(night + " " + name).isEqualTo(expected.get(name));
        }
    }

    /** Every table of an analyze run as its rows in JSON, sorted, and every other file as text. */
    private static Map<String, String> contents(Path run) {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(run)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = run.relativize(file).toString();
                if (name.endsWith(".parquet")) {
                    String table = run.relativize(file.getParent()).toString();
                    contents.computeIfAbsent(table, t -> String.join("\n",
                            SPARK.read().parquet(run.resolve(t) + "/*.parquet").toJSON()
                                    .collectAsList().stream().sorted().toList()));
                } else if (!name.endsWith(".crc") && !name.endsWith("_SUCCESS")) {
                    contents.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** Posts {@code first..first+count-1} of an incident, hourly from 10:00, one a repost. */
    private static String posts(String incident, String day, int first, int count) {
        List<String> lines = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            String id = incident + "-p" + n;
            String parent = n == first + 1 ? ",\"parent_id\":\"" + incident + "-p" + first + "\"" : "";
            String sentiment = n % 2 == 0 ? ",\"sentiment\":-0.5" : "";
            lines.add("{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + day
                    + "T" + String.format("%02d", 10 + n % 12) + ":00:00+08:00\",\"text\":\"扣款"
                    + n + "次，太失望了\",\"incident_id\":\"" + incident + "\",\"author_id\":\"a"
                    + n + "\",\"author_followers\":" + (100 * n) + ",\"is_official\":"
                    + (n == first + 2) + parent + sentiment + "}");
        }
        return String.join("\n", lines) + "\n";
    }

    private static void write(Path root, String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
