package com.hindsight.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three ingest nights over an archive that grows, changes and shrinks, each followed by an index
 * run that updates the previous index in place: after each, the index holds exactly the
 * documents a full rebuild over the same ingest run holds, and its counts of added, replaced,
 * deleted and kept documents are those the night's changes imply. A fourth run over an unchanged
 * ingest run writes nothing.
 */
class IncrementalIndexTest {
    private static final SparkSession SPARK = SparkTestSession.get();
    private static final IngestOptions OPTIONS = new IngestOptions(ZoneId.of("Asia/Shanghai"),
            5_000, Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(30), 2);
    private static final List<String> QUERIES = List.of("*:*", "重复扣款", "退款", "kind:post",
            "kind:review", "bank:华信银行", "category:system_failure", "playbook_missed:statement",
            "致歉声明", "晚间");

    @TempDir
    Path temp;

    private static String post(String id, String time, String crawled, String text) {
        return "{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + time
                + "\",\"crawled_at\":\"" + crawled + "\",\"text\":\"" + text + "\"}\n";
    }

    private static String register(String query) {
        return "id,bank,title,category,opened_at,closed_at,query\n"
                + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                + "2024-03-08 18:00:00,\"" + query + "\"\n"
                + "INC-2,海川银行,理财收益率误导,mis_selling,2024-06-01 10:00:00,,理财\n";
    }

    @Test
    void everyUpdateHoldsWhatAFullRebuildOfTheSameIngestRunHolds() throws IOException {
        Warehouse warehouse = Warehouse.local(temp.resolve("warehouse"));

        // night 1: the first index run rebuilds
        write("incidents/register.csv", register("重复扣款"));
        write("actions/timeline.csv", "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n");
        write("reviews/INC-1.json", "{\"incident_id\":\"INC-1\",\"root_cause\":\"变更管理不足\","
                + "\"lessons\":[\"先发声明\"],\"reviewed_at\":\"2024-04-01 10:00:00\"}\n");
        write("media/day1.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了")
                        + post("p2", "2024-03-05T10:30:00+08:00", "2024-03-05T10:35:00+08:00", "又被扣款")
                        + post("p3", "2024-06-02T10:00:00+08:00", "2024-06-02T10:05:00+08:00", "理财亏了"));
        write("complaints/day1.csv", "id,received_at,channel,text\n"
                + "c1,2024-03-05 10:00:00,hotline,重复扣款两次\n");
        IndexSummary first = ingestAndIndex(warehouse);
        assertThat(first.changes().rebuilt()).isTrue();
        assertThat(first.changes().rebuildReason()).isEqualTo(IndexBase.FIRST_RUN);
        assertThat(first.changes().added()).isEqualTo(7);
        assertSameAsFullRebuild(warehouse, "night1");

        // night 2: p1 re-crawled with new text in a new file (replaced), p4 there too (added);
        // day1 changes: p2 goes (deleted), p6 arrives (added); a new complaint (added); INC-1's
        // timeline gains a step (replaced)
        write("media/day2.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-06T09:00:00+08:00", "重复扣款了，已转发")
                        + post("p4", "2024-03-05T11:00:00+08:00", "2024-03-05T11:05:00+08:00", "也是重复扣款"));
        write("media/day1.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了")
                        + post("p3", "2024-06-02T10:00:00+08:00", "2024-06-02T10:05:00+08:00", "理财亏了")
                        + post("p6", "2024-03-05T12:00:00+08:00", "2024-03-05T12:05:00+08:00", "要求退款"));
        write("complaints/day2.csv", "id,received_at,channel,text\n"
                + "c2,2024-03-05 11:00:00,app,账户被扣款\n");
        write("actions/timeline.csv", "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,官微发布致歉声明\n");
        IndexSummary second = ingestAndIndex(warehouse);
        assertThat(second.changes().rebuilt()).isFalse();
        assertThat(second.changes()).extracting(IndexChanges::added, IndexChanges::replaced,
                IndexChanges::deleted, IndexChanges::kept).containsExactly(3L, 2L, 1L, 4L);
        assertSameAsFullRebuild(warehouse, "night2");

        // night 3: the file with p1's latest crawl and p4 goes (p4 deleted), an older crawl of p1
        // arrives (replaced), the review file goes (deleted), and INC-1's query now covers refunds:
        // INC-1 (its terms) and p6 (now linked to it) are replaced
        Files.delete(temp.resolve("archive/media/day2.jsonl"));
        Files.delete(temp.resolve("archive/reviews/INC-1.json"));
        write("media/day3.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T20:00:00+08:00", "重复扣款了（晚间）"));
        write("incidents/register.csv", register("重复扣款 OR 退款"));
        IndexSummary third = ingestAndIndex(warehouse);
        assertThat(third.changes()).extracting(IndexChanges::added, IndexChanges::replaced,
                IndexChanges::deleted, IndexChanges::kept).containsExactly(0L, 3L, 2L, 4L);
        assertThat(third.documents()).containsExactly(Map.entry("incident", 2L),
                Map.entry("review", 0L), Map.entry("post", 3L), Map.entry("complaint", 2L));
        assertSameAsFullRebuild(warehouse, "night3");

        // night 4: only a new posts file: ingest carries the other files over under their names,
        // so their rows (three posts, two complaints) are taken from the rows table unread
        write("media/day4.jsonl",
                post("p9", "2024-03-07T09:00:00+08:00", "2024-03-07T09:05:00+08:00", "退款到账了"));
        IndexSummary fourth = ingestAndIndex(warehouse);
        assertThat(fourth.changes()).extracting(IndexChanges::added, IndexChanges::replaced,
                IndexChanges::deleted, IndexChanges::kept, IndexChanges::unread)
                .containsExactly(1L, 0L, 0L, 7L, 5L);
        assertSameAsFullRebuild(warehouse, "night4");

        // an unchanged ingest run changes nothing, and reads no post or complaint again
        Published<IndexSummary> unchanged = new IndexJob(SPARK, 2).run(warehouse, 2);
        assertThat(unchanged.summary().changes()).extracting(IndexChanges::added,
                IndexChanges::replaced, IndexChanges::deleted, IndexChanges::kept,
                IndexChanges::unread).containsExactly(0L, 0L, 0L, 8L, 6L);
        assertThat(unchanged.summary().changes().baseRun()).isNotNull();
        assertSameAsFullRebuild(warehouse, "unchanged");

        // --full rebuilds, and says so
        IndexSummary rebuilt = new IndexJob(SPARK, 2).full(true).run(warehouse, 2).summary();
        assertThat(rebuilt.changes().rebuildReason()).isEqualTo("--full");
        assertThat(rebuilt.changes().added()).isEqualTo(8);
        assertThat(rebuilt.documents()).isEqualTo(fourth.documents());
    }

    @Test
    void anIndexRunOfAnotherFormatIsRebuiltNotUpdated() throws IOException {
        Warehouse warehouse = Warehouse.local(temp.resolve("warehouse"));
        write("incidents/register.csv", register("重复扣款"));
        write("media/day1.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了"));
        ingestAndIndex(warehouse);
        Path summary = warehouse.requireCurrentRun(Stage.INDEX).localPath(Stage.INDEX.summaryFile());
        Files.writeString(summary, Files.readString(summary)
                .replace(IndexBase.FORMAT, "case-index-1/lucene-9.0.0"));

        IndexSummary next = new IndexJob(SPARK, 2).run(warehouse, 2).summary();

        assertThat(next.changes().rebuildReason()).isEqualTo(IndexBase.FORMAT_CHANGED);
        assertThat(next.changes().added()).isEqualTo(3);   // two incidents and p1
    }

    @Test
    void aPlaybookChangeReindexesExactlyTheIncidentsWhoseMissedStepsChange() throws IOException {
        Warehouse warehouse = Warehouse.local(temp.resolve("warehouse"));
        write("incidents/register.csv", register("重复扣款"));
        write("media/day1.jsonl",
                post("p1", "2024-03-05T10:00:00+08:00", "2024-03-05T10:05:00+08:00", "重复扣款了"));
        ingestAndIndex(warehouse);
        // only system failures change: INC-1 no longer has to inform the regulator
        Playbook lenient = PlaybookFile.parse("lenient.yaml", new String(PlaybookFile.class
                .getResourceAsStream(PlaybookFile.DEFAULT_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8).replace("    - {action: regulator_informed, target_hours: 4}",
                "    - {action: regulator_informed, required: false}").getBytes(StandardCharsets.UTF_8),
                true);

        IndexSummary next = new IndexJob(SPARK, 2, lenient).run(warehouse, 2).summary();

        assertThat(next.changes()).extracting(IndexChanges::added, IndexChanges::replaced,
                IndexChanges::deleted, IndexChanges::kept).containsExactly(0L, 1L, 0L, 2L);
        try (CaseSearcher searcher = CaseSearcher.open(PublishedIndex.of(warehouse).folder())) {
            assertThat(searcher.search(SearchRequest.of("playbook_missed:regulator_informed"))
                    .hits()).extracting(hit -> hit.id()).containsExactly("INC-2");
        }
    }

    private IndexSummary ingestAndIndex(Warehouse warehouse) {
        // every file the night does not touch is carried over, however small
        new IngestJob(SPARK, OPTIONS, 0).run(temp.resolve("archive").toString(), warehouse, false);
        return new IndexJob(SPARK, 2).run(warehouse, 2).summary();
    }

    private void write(String relative, String content) throws IOException {
        Path file = temp.resolve("archive").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** A full rebuild over a copy of the warehouse's ingest runs: the same documents and hits. */
    private void assertSameAsFullRebuild(Warehouse updated, String night) throws IOException {
        Path copy = temp.resolve("full-" + night);
        copyTree(temp.resolve("warehouse").resolve(Stage.INGEST.key()), copy.resolve(Stage.INGEST.key()));
        Warehouse full = Warehouse.local(copy);
        IndexSummary rebuilt = new IndexJob(SPARK, 2).full(true).run(full, 1).summary();
        Path updatedFolder = PublishedIndex.of(updated).folder();
        Path fullFolder = PublishedIndex.of(full).folder();

        assertThat(storedDocuments(updatedFolder)).as(night + " stored fields")
                .isEqualTo(storedDocuments(fullFolder))
                .hasSize((int) rebuilt.totalDocuments());
        assertThat(hitCounts(updatedFolder)).as(night + " hit counts").isEqualTo(hitCounts(fullFolder));
        assertThat(rowsTable(updated)).as(night + " rows table").isEqualTo(rowsTable(full));
    }

    /** Every live document as its stored fields in order, the documents sorted. */
    private static List<String> storedDocuments(Path folder) throws IOException {
        List<String> documents = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(folder);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        documents.add(asText(stored.document(doc)));
                    }
                }
            }
        }
        return documents.stream().sorted().toList();
    }

    private static String asText(Document document) {
        StringBuilder text = new StringBuilder();
        for (IndexableField field : document.getFields()) {
            Object value = field.numericValue() != null ? field.numericValue() : field.stringValue();
            text.append(field.name()).append('=').append(value).append('\n');
        }
        return text.toString();
    }

    private static Map<String, Long> hitCounts(Path folder) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (CaseSearcher searcher = CaseSearcher.open(folder)) {
            for (String query : QUERIES) {
                counts.put(query, searcher.search(SearchRequest.of(query).withLimit(100)).totalHits());
            }
        }
        return counts;
    }

    private static List<String> rowsTable(Warehouse warehouse) {
        return SPARK.read().parquet(warehouse.requireCurrentRun(Stage.INDEX).location(IndexedRows.FOLDER))
                .toJSON().collectAsList().stream().sorted().toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
