package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests one archive that mixes every kind of bad record among good ones, and counts exactly
 * what was kept, quarantined, de-duplicated and linked.
 */
class IngestJobTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final IngestOptions OPTIONS = new IngestOptions(ZoneId.of("Asia/Shanghai"),
            5_000, Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 2);

    @TempDir
    static Path temp;
    static Path warehouse;
    static IngestSummary summary;
    static String runFolder;

    static String post(String id, String time, String text, String extra) {
        return "{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + time
                + "\",\"text\":\"" + text + "\"" + extra + "}\n";
    }

    @BeforeAll
    static void ingestMixedArchive() throws IOException {
        TestArchive archive = new TestArchive(temp.resolve("archive"));
        archive.text("incidents/register.csv",
                "id,bank,title,category,opened_at,closed_at,query\n"
                        + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                        + "2024-03-08 18:00:00,\"\"\"重复扣款\"\" OR \"\"duplicate debit\"\"\"\n"
                        + "INC-2,海川银行,理财收益率误导,mis_selling,2024-06-01 10:00:00,,\"\"\"理财\"\"\"\n"
                        + "INC-3,北辰银行,坏查询,other,2024-06-01 10:00:00,,\"(未闭合\"\n");
        ByteArrayOutputStream media = new ByteArrayOutputStream();
        media.writeBytes((post("p1", "2024-03-05T10:00:00+08:00", "我的卡被重复扣款了", ",\"incident_id\":\"INC-1\"")
                + post("p2", "2024-03-05 11:00:00", "又被重复扣款，电话13812345678", "")
                + "this is not json\n"
                + "[\"an\",\"array\"]\n"
                + "{\"id\":\"p3\",\"channel\":\"weibo\",\"published_at\":\"2024-03-05T12:00:00+08:00\"}\n"
                + post("p4", "yesterday", "x", "")
                + post("p5", "2024-03-05T12:00:00+08:00", "x", ",\"author_followers\":\"many\"")
                + "{\"id\":\"p6\",\"channel\":\"pigeon\",\"published_at\":\"2024-03-05T12:00:00+08:00\",\"text\":\"x\"}\n"
                + post("p7", "2024-03-05T12:00:00+08:00", "x", ",\"sentiment\":3.5")
                + post("p8", "2024-03-05T12:00:00+08:00", "y".repeat(6000), "")
                + "\n").getBytes(StandardCharsets.UTF_8));
        media.writeBytes("{\"id\":\"p9\",\"channel\":\"weibo\",\"published_at\":\"2024-03-05T12:00:00+08:00\",\"text\":\""
                .getBytes(StandardCharsets.UTF_8));
        media.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        media.writeBytes(("\"}\n"
                + post("p10", "2024-03-05T13:00:00+08:00", "duplicate debits again", ",\"lang\":\"en\",\"crawled_at\":\"2024-03-05T14:00:00+08:00\",\"likes\":1")
                + post("p10", "2024-03-05T13:00:00+08:00", "duplicate debits again", ",\"lang\":\"en\",\"crawled_at\":\"2024-03-06T14:00:00+08:00\",\"likes\":9")
                + post("p11", "2024-03-05T13:00:00+08:00", "今天天气不错", "")
                + post("p12", "2024-04-20T13:00:00+08:00", "重复扣款 but long after the incident", "")
                + post("p13", "2024-06-02T08:00:00+08:00", "这个理财产品收益率是假的", "")
                + post("p14", "2024-06-02T09:00:00+08:00", "键重复", ",\"ID\":\"p14\""))
                .getBytes(StandardCharsets.UTF_8));
        archive.bytes("media/posts.jsonl", media.toByteArray());
        StringBuilder gz = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            gz.append(post("g" + i, "2024-03-06T10:00:00+08:00", "重复扣款 " + i, ""));
        }
        archive.gzip("media/more.jsonl.gz", gz.toString());
        // five complete lines in a first gzip member, then a second member cut off after 20 bytes
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            kept.append(post("t" + i, "2024-03-06T11:00:00+08:00", "重复扣款 t" + i, ""));
        }
        archive.gzip("media/truncated.jsonl.gz", kept.toString());
        archive.gzip("media/second-member.gz", post("lost", "2024-03-06T11:00:00+08:00", "x", ""));
        byte[] first = Files.readAllBytes(archive.root().resolve("media/truncated.jsonl.gz"));
        byte[] second = Files.readAllBytes(archive.root().resolve("media/second-member.gz"));
        Files.delete(archive.root().resolve("media/second-member.gz"));
        byte[] truncated = java.util.Arrays.copyOf(first, first.length + 20);
        System.arraycopy(second, 0, truncated, first.length, 20);
        archive.bytes("media/truncated.jsonl.gz", truncated);
        archive.text("media/README.txt", "notes that are not data");
        archive.text("complaints/complaints.csv",
                "id,received_at,channel,text,customer_name,phone,id_number,card_number,first_response_at\n"
                        + "c1,2024-03-05 10:00:00,hotline,\"扣款两次，\n卡号6222021234567890\",张三丰,13812345678,"
                        + "110105199003071234,6222 0212 3456 7890,2024-03-05 11:00:00\n"
                        + "c2,2024-03-05 10:30:00,APP,我被重复扣款了,李四,13987654321,,,\n"
                        + "c3,2024-03-05 10:30:00,app,too many,赵六,,,,,extra\n"
                        + "c4,not a time,app,x,,,,,\n");
        archive.xlsx("complaints/branch-export.xlsx",
                new String[] {"id", "received_at", "channel", "text", "incident_id", "customer_name"},
                new String[] {"b1", "2024-03-05 15:00:00", "branch", "柜台排队", "INC-1", "王五"},
                new String[] {"b2", "2024-03-05 15:00:00", "counter", "x", null, null});
        archive.text("actions/timeline.csv", "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,发布声明\n"
                + "INC-1,2024-03-05 12:00:00,pr,shouting,x\n");
        archive.text("reviews/INC-1.json", "{\n  \"incident_id\": \"INC-1\",\n  \"root_cause\": \"变更管理不足\","
                + "\n  \"lessons\": [\"先发声明\"],\n  \"actions\": [{\"title\": \"演练\", \"owner\": \"IT\","
                + " \"due\": \"2024-06-30\", \"status\": \"open\"}]\n}\n");

        warehouse = temp.resolve("warehouse");
        Published<IngestSummary> published = new IngestJob(SPARK, OPTIONS).run(archive.root().toString(),
                Warehouse.local(warehouse));
        summary = published.summary();
        runFolder = published.run().location();
    }

    private static Dataset<Row> table(String name) {
        return SPARK.read().parquet(runFolder + "/" + name);
    }

    private static List<String> ids(String table) {
        return table(table).select("id").orderBy("id").as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
    }

    @Test
    void countsEveryPostExactly() {
        TableCounts posts = summary.tables().get("posts");

        assertThat(posts.files()).isEqualTo(3);
        assertThat(posts.read()).isEqualTo(26);
        assertThat(posts.accepted()).isEqualTo(15);
        assertThat(posts.duplicates()).isEqualTo(1);
        assertThat(posts.quarantined()).isEqualTo(10);
        assertThat(posts.quarantinedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bad_json", 2L, "missing_field", 1L, "bad_timestamp", 1L, "wrong_type", 1L,
                "unknown_enum", 1L, "out_of_range", 1L, "oversized", 1L, "bad_encoding", 1L,
                "unreadable_file", 1L));
        assertThat(ids("posts")).containsExactly("g0", "g1", "g2", "p1", "p10", "p11", "p12",
                "p13", "p14", "p2", "t0", "t1", "t2", "t3", "t4");
    }

    @Test
    void recordRepeatingAKeyInAnotherCaseKeepsTheLastValue() {
        assertThat(ids("posts")).contains("p14");
    }

    @Test
    void goodRecordsOfATruncatedFileAreKept() {
        assertThat(ids("posts")).contains("t0", "t1", "t2", "t3", "t4");
        assertThat(table("quarantine").filter(col("reason").equalTo("unreadable_file"))
                .select("source_file").first().getString(0)).isEqualTo("media/truncated.jsonl.gz");
    }

    @Test
    void quarantineNamesFileLineAndReason() {
        Row row = table("quarantine").filter(col("reason").equalTo("bad_timestamp")
                .and(col("table").equalTo("posts"))).first();

        assertThat(row.<String>getAs("source_file")).isEqualTo("media/posts.jsonl");
        assertThat(row.<Long>getAs("source_line")).isEqualTo(6L);
        assertThat(row.<String>getAs("message")).contains("published_at \"yesterday\"");
        assertThat(row.<String>getAs("raw")).contains("\"p4\"");
    }

    @Test
    void keepsTheLatestCrawlOfADuplicatePost() {
        Row p10 = table("posts").filter(col("id").equalTo("p10")).first();

        assertThat(p10.<Long>getAs("likes")).isEqualTo(9L);
    }

    @Test
    void linksPostsByQueryOnlyInsideTheIncidentWindow() {
        Map<String, String> incidents = table("posts").select("id", "incident_id").collectAsList()
                .stream().filter(r -> !r.isNullAt(1))
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));

        assertThat(incidents).containsEntry("p1", "INC-1").containsEntry("p2", "INC-1")
                .containsEntry("p10", "INC-1").containsEntry("g0", "INC-1")
                .containsEntry("p13", "INC-2").doesNotContainKeys("p11", "p12");
        assertThat(summary.tables().get("posts").linkedByQuery()).isEqualTo(11);
        assertThat(table("posts").filter(col("id").equalTo("p1")).first()
                .<String>getAs("incident_link")).isEqualTo("archive");
    }

    @Test
    void reportsABadIncidentQueryAsWarningAndKeepsTheIncident() {
        assertThat(ids("incidents")).containsExactly("INC-1", "INC-2", "INC-3");
        assertThat(summary.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("incidents/register.csv line 4: incident INC-3"));
    }

    @Test
    void readsCsvAndSpreadsheetComplaints() {
        TableCounts complaints = summary.tables().get("complaints");

        assertThat(ids("complaints")).containsExactly("b1", "c1", "c2");
        assertThat(complaints.quarantinedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bad_csv", 1L, "bad_timestamp", 1L, "unknown_enum", 1L));
        Row c2 = table("complaints").filter(col("id").equalTo("c2")).first();
        assertThat(c2.<String>getAs("channel")).isEqualTo("app");
        assertThat(c2.<String>getAs("incident_id")).isEqualTo("INC-1");
        Row b2 = table("quarantine").filter(col("source_file").equalTo("complaints/branch-export.xlsx"))
                .first();
        assertThat(b2.<Long>getAs("source_line")).isEqualTo(3L);
    }

    @Test
    void masksPersonalDataInFieldsAndFreeText() {
        Row c1 = table("complaints").filter(col("id").equalTo("c1")).first();

        assertThat(c1.<String>getAs("phone")).isEqualTo("138****5678");
        assertThat(c1.<String>getAs("id_number")).isEqualTo("110105********1234");
        assertThat(c1.<String>getAs("card_number")).isEqualTo("6222 **** **** 7890");
        assertThat(c1.<String>getAs("customer_name")).isEqualTo("张**");
        assertThat(c1.<String>getAs("text")).contains("6222 **** **** 7890")
                .doesNotContain("6222021234567890");
        assertThat(table("posts").filter(col("id").equalTo("p2")).first().<String>getAs("text"))
                .contains("138****5678");
    }

    @Test
    void writesNoRawPersonalDataAnywhereInTheWarehouse() throws IOException {
        List<String> secrets = List.of("13812345678", "13987654321", "110105199003071234",
                "6222021234567890", "0212 3456", "张三丰", "李四", "王五", "赵六");
        for (String table : List.of("posts", "complaints", "quarantine", "incidents", "actions",
                "reviews")) {
            String everything = table(table).toJSON().collectAsList().toString();
            for (String secret : secrets) {
                assertThat(everything).as(table + " holds " + secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void dropsExactDuplicateActionsAndQuarantinesUnknownAction() {
        TableCounts actions = summary.tables().get("actions");

        assertThat(actions.accepted()).isEqualTo(2);
        assertThat(actions.duplicates()).isEqualTo(1);
        assertThat(actions.quarantinedByReason()).containsExactly(Map.entry("unknown_enum", 1L));
    }

    @Test
    void readsPrettyPrintedReviewDocument() {
        Row review = table("reviews").first();

        assertThat(review.<String>getAs("root_cause")).isEqualTo("变更管理不足");
        assertThat(review.<String>getList(review.fieldIndex("lessons"))).containsExactly("先发声明");
    }

    @Test
    void reportsSkippedFilesAndWritesSummaryBesideTables() throws IOException {
        assertThat(summary.skippedFiles()).containsExactly("media/README.txt");
        Path published = Path.of(runFolder);
        Map<String, Object> json = IngestSummary.read(
                Files.readAllBytes(published.resolve(Stage.INGEST.summaryFile())));
        assertThat(json).containsEntry("quarantined_total", 14);
        // analyze reads the count of posts linked to no incident from here, not from the posts
        assertThat(IngestSummary.unlinked(Files.readAllBytes(published.resolve(
                Stage.INGEST.summaryFile())), "posts")).isEqualTo(summary.tables().get("posts")
                .unlinked()).isPositive();
    }

    @Test
    void rerunGivesTheSameTablesAndSummary() throws IOException {
        Published<IngestSummary> again = new IngestJob(SPARK, OPTIONS).run(
                temp.resolve("archive").toString(), Warehouse.local(warehouse));

        assertThat(again.run().location()).isNotEqualTo(runFolder);
        assertThat(again.summary().tables()).isEqualTo(summary.tables());
        for (String table : List.of("posts", "complaints", "quarantine", "incidents", "actions",
                "reviews")) {
            List<String> first = sorted(SPARK.read().parquet(runFolder + "/" + table));
            List<String> second = sorted(SPARK.read().parquet(again.run().location(table)));
            assertThat(second).as(table).isEqualTo(first);
        }
        try (Stream<Path> leftovers = Files.list(warehouse.resolve("_staging"))) {
            assertThat(leftovers).isEmpty();
        }
    }

    private static List<String> sorted(Dataset<Row> table) {
        return table.toJSON().collectAsList().stream().sorted().toList();
    }
}
