package com.hindsight.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.jobs.warehouse.Warehouses;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests a tiny archive with the real ingest job, indexes it twice, and checks what reaches the
 * index, what search finds in it, and how the runs are published.
 */
class IndexJobTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("*:*", "重复扣款", "致歉声明", "refund",
            "devolución", "kind:review", "变更管理");

    @TempDir
    static Path temp;
    static Path warehouse;
    static IndexSummary first;
    private static PublishedRun firstRun;

    @BeforeAll
    static void ingestAndIndex() throws IOException {
        Path archive = temp.resolve("archive");
        write(archive.resolve("incidents/register.csv"),
                "id,bank,title,category,opened_at,closed_at,query\n"
                        + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                        + "2024-03-08 18:00:00,重复扣款\n"
                        + "INC-2,海川银行,理财收益率误导,mis_selling,2024-06-01 10:00:00,,理财\n");
        write(archive.resolve("actions/timeline.csv"), "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现扣款相关舆情\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,官微发布致歉声明\n");
        write(archive.resolve("reviews/INC-1.json"), "{\"incident_id\":\"INC-1\",\"root_cause\":"
                + "\"变更管理不足\",\"lessons\":[\"先发声明\"],\"actions\":[{\"title\":\"季度演练\","
                + "\"owner\":\"IT\",\"due\":\"2024-06-30\",\"status\":\"open\"}],"
                + "\"reviewed_at\":\"2024-04-01 10:00:00\"}\n");
        write(archive.resolve("media/posts.jsonl"),
                post("p1", "weibo", "2024-03-05T10:00:00+08:00", "我的卡被重复扣款了，电话13812345678")
                        + post("p2", "weibo", "2024-03-05T11:00:00+08:00", "又被重复扣款")
                        + post("p3", "twitter", "2024-03-05T12:00:00+08:00", "Waiting for a refund")
                        + post("p4", "facebook", "2024-06-02T10:00:00+08:00", "Quiero la devolución del 理财")
                        + post("p5", "forum", "2024-09-01T10:00:00+08:00", "今天天气不错"));
        write(archive.resolve("complaints/complaints.csv"),
                "id,received_at,channel,text,incident_id\n"
                        + "c1,2024-03-05 10:00:00,hotline,重复扣款两次,INC-1\n"
                        + "c2,2024-06-02 10:00:00,app,理财收益率与宣传不符,\n");
        warehouse = temp.resolve("warehouse");
        new IngestJob(SPARK, new IngestOptions(ZoneId.of("Asia/Shanghai"), 100_000,
                Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 2))
                .run(archive.toString(), Warehouse.local(warehouse));
        Published<IndexSummary> published = new IndexJob(SPARK, 2).run(Warehouse.local(warehouse), 2);
        first = published.summary();
        firstRun = published.run();
    }

    private static String post(String id, String channel, String time, String text) {
        return "{\"id\":\"" + id + "\",\"channel\":\"" + channel + "\",\"published_at\":\"" + time
                + "\",\"text\":\"" + text + "\"}\n";
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static SearchResults search(SearchRequest request) {
        try (CaseSearcher searcher = CaseSearcher.open(PublishedIndex.of(Warehouse.local(warehouse)).folder())) {
            return searcher.search(request);
        }
    }

    @Test
    void indexesEveryRowOfEveryTableOnce() {
        assertThat(first.documents()).containsExactly(Map.entry("incident", 2L),
                Map.entry("review", 1L), Map.entry("post", 5L), Map.entry("complaint", 2L));
        assertThat(search(SearchRequest.of("*:*")).totalHits()).isEqualTo(10);
        assertThat(first.indexBytes()).isPositive();
    }

    @Test
    void writesTheSummaryBesideTheIndex() throws IOException {
        JsonNode summary = JSON.readTree(firstRun.localPath(Stage.INDEX.summaryFile()).toFile());

        assertThat(summary.get("source_ingest_run").asText())
                .isEqualTo(Files.readString(warehouse.resolve("ingest/CURRENT")).strip());
        assertThat(summary.at("/documents/post").asLong()).isEqualTo(5);
        assertThat(summary.get("total_documents").asLong()).isEqualTo(10);
        assertThat(summary.get("index_bytes").asLong()).isEqualTo(first.indexBytes());
        assertThat(summary.has("seconds")).isTrue();
        assertThat(summary.has("documents_per_second")).isTrue();
    }

    @Test
    void postsAndComplaintsCarryTheirIncidentsBankAndCategory() {
        SearchResults results = search(SearchRequest.of("重复扣款").withBank("华信银行")
                .withKinds(Set.of(CaseKind.POST, CaseKind.COMPLAINT)));

        assertThat(results.hits()).extracting(hit -> hit.id())
                .containsExactlyInAnyOrder("p1", "p2", "c1");
        // c2 was linked to INC-2 by the incident's query during ingest
        assertThat(search(SearchRequest.of("*:*").withCategory("mis_selling")).facets().get("kind"))
                .containsExactly(Map.entry("complaint", 1L), Map.entry("incident", 1L), Map.entry("post", 1L));
    }

    @Test
    void incidentsAreFoundByTheirTimelineAndReviewsByTheirFindings() {
        assertThat(search(SearchRequest.of("致歉声明")).hits()).extracting(hit -> hit.kind().key() + ":" + hit.id())
                .containsExactly("incident:INC-1");
        assertThat(search(SearchRequest.of("季度演练")).hits()).extracting(hit -> hit.kind().key() + ":" + hit.id())
                .containsExactly("review:INC-1");
    }

    @Test
    void indexHoldsOnlyMaskedText() {
        assertThat(search(SearchRequest.of("13812345678")).totalHits()).isZero();
        assertThat(search(SearchRequest.of("重复扣款").withChannel("weibo")).hits())
                .anySatisfy(hit -> assertThat(hit.snippet()).contains("138****5678"));
    }

    @Test
    void rerunPublishesANewRunWithTheSameDocumentsAndResults() throws IOException {
        Map<String, SearchResults> before = new java.util.LinkedHashMap<>();
        QUERIES.forEach(query -> before.put(query, search(SearchRequest.of(query).withLimit(100))));

        Published<IndexSummary> second = new IndexJob(SPARK, 2).run(Warehouse.local(warehouse), 2);

        assertThat(second.run().runId()).isNotEqualTo(firstRun.runId());
        assertThat(Files.readString(warehouse.resolve("index/CURRENT")).strip())
                .isEqualTo(second.run().runId());
        assertThat(second.summary().documents()).isEqualTo(first.documents());
        for (String query : QUERIES) {
            assertThat(search(SearchRequest.of(query).withLimit(100))).as(query).isEqualTo(before.get(query));
        }
        try (Stream<Path> staging = Files.list(warehouse.resolve("_staging"))) {
            assertThat(staging.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("index-"));
        }
        try (Stream<Path> runs = Files.list(warehouse.resolve("index"))) {
            assertThat(runs.map(p -> p.getFileName().toString()).filter(name -> !name.equals("CURRENT")))
                    .hasSizeLessThanOrEqualTo(2).contains(second.run().runId());
        }
    }

    @Test
    void searchingAWarehouseWithoutAnIndexRunSaysWhatToRun() {
        assertThatThrownBy(() -> PublishedIndex.of(Warehouse.local(temp.resolve("empty"))))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("not found (no such folder)");
        assertThatThrownBy(() -> PublishedIndex.of(Warehouse.local(warehouse.resolve("ingest"))))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("no published index run; run `hindsight index` first");
    }

    @Test
    void indexingAWarehouseWithoutAnIngestRunSaysWhatToRun() {
        assertThatThrownBy(() -> new IndexJob(SPARK, 1).run(Warehouse.local(warehouse.resolve("index")), 1))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("run `hindsight ingest` first");
    }

    @Test
    void aWarehouseOffTheLocalFileSystemIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new IndexJob(SPARK, 1).run(Warehouses.open(
                        "hdfs://127.0.0.1:9/warehouse", SPARK.sparkContext().hadoopConfiguration()), 1))
                .isInstanceOf(UserErrorException.class)
                .hasMessageContaining("is not a folder on this machine; the search index (Lucene")
                .hasMessageContaining("needs a local folder");
    }
}
