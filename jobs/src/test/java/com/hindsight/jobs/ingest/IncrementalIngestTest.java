package com.hindsight.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four nights over one archive that grows, changes and shrinks: after each, the incremental
 * warehouse holds exactly what a full ingest of the archive as it is then gives, whether the
 * previous run's files were rewritten or carried over.
 */
class IncrementalIngestTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final IngestOptions OPTIONS = new IngestOptions(ZoneId.of("Asia/Shanghai"),
            5_000, Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 2);
    private static final List<String> TABLES = List.of("posts", "complaints", "quarantine",
            "incidents", "actions", "reviews", "_superseded/posts", "_superseded/complaints");

    @TempDir
    Path temp;

    private static String post(String id, String time, String crawled, String text) {
        return "{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + time
                + "\",\"crawled_at\":\"" + crawled + "\",\"text\":\"" + text + "\"}\n";
    }

    private static String register(String query) {
        return "id,bank,title,category,opened_at,closed_at,query\n"
                + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                + "2024-03-08 18:00:00,\"" + query + "\"\n";
    }

    @Test
    void everyNightEqualsAFullIngestOfTheArchiveAsItIsThen() throws IOException {
        TestArchive archive = new TestArchive(temp.resolve("archive"));
        Warehouse incremental = Warehouse.local(temp.resolve("incremental"));

        // night 1: the first run reads everything
        archive.text("incidents/register.csv", register("重复扣款"))
                .text("actions/timeline.csv", "incident_id,at,role,action,note\n"
                        + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n")
                .text("media/day1.jsonl",
                        post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了")
                                + post("p2", "2024-03-05T10:30:00+08:00", "2024-03-05T10:35:00+08:00", "又被扣款")
                                + "not json\n")
                .text("complaints/day1.csv", "id,received_at,channel,text\n"
                        + "c1,2024-03-05 10:00:00,hotline,重复扣款两次\n");
        IngestSummary first = ingest(incremental, false).summary();
        assertThat(first.reading().incremental()).isFalse();
        assertThat(first.reading().wholeReason()).contains("first ingest run");

        // night 2: a new file re-crawls p1 later, a new complaints file, day1 changes (p2 goes,
        // p6 arrives: it mentions a refund, which the register's query does not yet cover)
        archive.text("media/day2.jsonl",
                        post("p1", "2024-03-05T10:00:00+08:00", "2024-03-06T09:00:00+08:00", "重复扣款了，已转发")
                                + post("p4", "2024-03-05T11:00:00+08:00", "2024-03-05T11:05:00+08:00", "也是重复扣款"))
                .text("complaints/day2.csv", "id,received_at,channel,text\n"
                        + "c2,2024-03-05 11:00:00,app,账户被扣款\n")
                .text("media/day1.jsonl",
                        post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了")
                                + post("p6", "2024-03-05T12:00:00+08:00", "2024-03-05T12:05:00+08:00", "要求退款")
                                + "not json\n");
        IngestSummary second = ingest(incremental, false).summary();
        assertThat(second.reading().incremental()).isTrue();
        assertThat(second.reading().tables().get("posts").read()).hasSize(2);
        assertThat(second.reading().tables().get("posts").dropped()).hasSize(1);
        assertThat(second.reading().tables().get("complaints").read()).hasSize(1);
        assertThat(second.reading().tables().get("complaints").reused()).isEqualTo(1);
        assertThat(texts(incremental, "p1")).containsExactly("重复扣款了，已转发");
        assertSameAsFullIngest(incremental, "night2");

        // night 3: the file with p1's latest crawl goes, an older crawl arrives in a new file,
        // and the register's query now covers refunds: the carried p6 must be linked again
        Files.delete(archive.root().resolve("media/day2.jsonl"));
        archive.text("media/day3.jsonl",
                        post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T20:00:00+08:00", "重复扣款了（晚间）"))
                .text("incidents/register.csv", register("重复扣款 OR 退款"));
        IngestSummary third = ingest(incremental, false).summary();
        assertThat(third.reading().incremental()).isTrue();
        assertThat(third.reading().tables().get("posts").read()).hasSize(1);
        assertThat(third.reading().tables().get("posts").reused()).isEqualTo(1);
        assertThat(texts(incremental, "p1")).containsExactly("重复扣款了（晚间）");
        assertThat(incidentOf(incremental, "p6")).isEqualTo("INC-1");
        assertThat(texts(incremental, "p4")).isEmpty();
        assertSameAsFullIngest(incremental, "night3");

        // night 4: only posts with new ids: the previous table's files hold none of their keys
        // and are carried over unread (hard links), the new posts are written beside them
        archive.text("media/day4.jsonl",
                post("p9", "2024-03-07T09:00:00+08:00", "2024-03-07T09:05:00+08:00", "退款到账了"));
        List<Path> before = parquetFiles(incremental, "posts");
        List<Path> complaintsBefore = parquetFiles(incremental, "complaints");
        IngestSummary fourth = ingest(incremental, false).summary();
        assertThat(fourth.reading().tables().get("posts").read()).hasSize(1);
        List<Path> after = parquetFiles(incremental, "posts");
        assertThat(after).as("the previous posts files and one of the new posts")
                .hasSize(before.size() + 1);
        assertThat(before).allSatisfy(file -> assertThat(carriedInto(file, after)).isTrue());
        assertThat(complaintsBefore).allSatisfy(file -> assertThat(
                carriedInto(file, parquetFiles(incremental, "complaints"))).isTrue());
        assertThat(incidentOf(incremental, "p9")).isEqualTo("INC-1");
        assertSameAsFullIngest(incremental, "night4");

        // an unchanged archive reads nothing and changes nothing: every file of the merged
        // tables is carried over, even those small enough to be compacted on a night with rows
        List<Path> postsBefore = parquetFiles(incremental, "posts");
        complaintsBefore = parquetFiles(incremental, "complaints");
        List<Path> quarantineBefore = parquetFiles(incremental, "quarantine/table=posts");
        IngestSummary fifth = new IngestJob(SPARK, OPTIONS, CarriedFiles.SMALL_FILE_BYTES)
                .run(temp.resolve("archive").toString(), incremental, false).summary();
        assertThat(postsBefore).isNotEmpty().allSatisfy(file -> assertThat(
                carriedInto(file, parquetFiles(incremental, "posts"))).isTrue());
        assertThat(complaintsBefore).isNotEmpty().allSatisfy(file -> assertThat(
                carriedInto(file, parquetFiles(incremental, "complaints"))).isTrue());
        assertThat(quarantineBefore).as("the posts' quarantine (one line is not JSON)")
                .isNotEmpty().allSatisfy(file -> assertThat(carriedInto(file,
                        parquetFiles(incremental, "quarantine/table=posts"))).isTrue());
        assertThat(fifth.reading().filesRead()).isZero();
        assertThat(fifth.reading().filesReadInAll()).isEqualTo(2);   // register and actions
        assertThat(fifth.reading().mergedTables()).containsExactly("posts", "complaints");
        assertThat(fifth.reading().tables().get("posts").unchanged()).isTrue();
        assertThat(fifth.toJson()).isEqualTo(fourth.toJson());
        assertSameAsFullIngest(incremental, "night5");
    }

    /** Whether one of {@code files} is the same file as {@code file} (a hard link of it). */
    private static boolean carriedInto(Path file, List<Path> files) {
        return files.stream().anyMatch(other -> {
            try {
                return !other.equals(file) && Files.isSameFile(other, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Path> parquetFiles(Warehouse warehouse, String table) {
        Path folder = warehouse.requireCurrentRun(Stage.INGEST).localPath(table);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".parquet"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Published<IngestSummary> ingest(Warehouse warehouse, boolean full) {
        // every previous file that can be carried over is (none is too small to carry)
        return new IngestJob(SPARK, OPTIONS, full ? CarriedFiles.SMALL_FILE_BYTES : 0)
                .run(temp.resolve("archive").toString(), warehouse, full);
    }

    private void assertSameAsFullIngest(Warehouse incremental, String night) {
        Published<IngestSummary> full = ingest(Warehouse.local(temp.resolve("full-" + night)), true);
        assertThat(full.summary().reading().wholeReason()).isEqualTo("--full");
        String current = incremental.requireCurrentRun(Stage.INGEST)
                .location();
        for (String table : TABLES) {
            assertThat(sorted(SPARK.read().parquet(current + "/" + table)))
                    .as(night + " " + table)
                    .isEqualTo(sorted(SPARK.read().parquet(full.run().location(table))));
        }
        assertThat(new String(readSummary(incremental), StandardCharsets.UTF_8)).as(night + " summary")
                .isEqualTo(new String(full.summary().toJson(), StandardCharsets.UTF_8));
    }

    private static byte[] readSummary(Warehouse warehouse) {
        try {
            return warehouse.requireCurrentRun(Stage.INGEST)
                    .read(Stage.INGEST.summaryFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset<Row> posts(Warehouse warehouse) {
        return SPARK.read().parquet(warehouse.requireCurrentRun(
                Stage.INGEST).location("posts"));
    }

    private static List<String> texts(Warehouse warehouse, String id) {
        return posts(warehouse).filter("id = '" + id + "'").select("text").as(Encoders.STRING())
                .collectAsList();
    }

    private static String incidentOf(Warehouse warehouse, String id) {
        return posts(warehouse).filter("id = '" + id + "'").select("incident_id")
                .as(Encoders.STRING()).first();
    }

    private static List<String> sorted(Dataset<Row> table) {
        return table.toJSON().collectAsList().stream().sorted().toList();
    }
}
