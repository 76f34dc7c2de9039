package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.jobs.SparkSessions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole nightly with the warehouse on a Hadoop file system that is not {@code file:}
 * ({@link NonLocalFileSystem}, as HDFS or S3 would be) and the index in a local
 * {@code --index-dir}: every stage publishes, and the tables, metrics documents, index and
 * workbooks equal those of the same nightly into a local warehouse.
 */
class NonLocalWarehouseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2024-06-01";

    @TempDir
    static Path temp;
    private static Path localWarehouse;
    private static Path remoteFolder;
    private static String remoteWarehouse;
    private static Path indexDir;
    private static CommandRun local;
    private static CommandRun remote;

    @BeforeAll
    static void runTheNightlyIntoBothWarehouses() throws IOException {
        Path archive = TinyArchive.write(temp.resolve("archive"));
        localWarehouse = temp.resolve("local-warehouse");
        remoteFolder = temp.resolve("remote-warehouse");
        remoteWarehouse = NonLocalFileSystem.uriOf(remoteFolder);
        indexDir = temp.resolve("index-dir");
        local = nightly(archive, localWarehouse.toString());
        remote = nightly(archive, remoteWarehouse, "--index-dir", indexDir.toString());
    }

    private static CommandRun nightly(Path archive, String warehouse, String... more) {
        List<String> args = new ArrayList<>(List.of("nightly", "--input", archive.toString(),
                "--warehouse", warehouse, "--as-of", AS_OF, "--language", "zh",
                "--shuffle-partitions", "2"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void theNightlyPublishesEveryStageWithTheIndexInTheIndexDir() throws IOException {
        assertThat(remote.exitCode()).as(remote.err()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(local.exitCode()).as(local.err()).isEqualTo(ExitCodes.SET_ASIDE);
        assertThat(remote.out()).containsSubsequence("== ingest", "== analyze", "== index",
                "== report", "nightly: ingest ");
        for (String stage : List.of("ingest", "analyze", "report")) {
            assertThat(remoteFolder.resolve(stage).resolve("CURRENT")).isRegularFile();
        }
        assertThat(remoteFolder.resolve("index")).doesNotExist();
        assertThat(indexDir.resolve("index/CURRENT")).isRegularFile();
        assertThat(remote.out()).contains("published: " + indexDir.toAbsolutePath().normalize()
                .resolve("index").resolve(current(indexDir, "index")));
        JsonNode summary = json(run(indexDir, "index").resolve("index-summary.json"));
        assertThat(summary.get("source_warehouse").asText()).isEqualTo(remoteWarehouse);
        assertThat(summary.get("source_ingest_run").asText())
                .isEqualTo(current(remoteFolder, "ingest"));
        assertThat(summary.get("documents")).isEqualTo(json(run(localWarehouse, "index")
                .resolve("index-summary.json")).get("documents"));
        assertThat(json(run(localWarehouse, "index").resolve("index-summary.json"))
                .get("source_warehouse").asText()).isEqualTo(localWarehouse.toString());
        // neither lock is left behind; the run manifest is in the warehouse
        assertThat(remoteFolder.resolve("_lock.json")).doesNotExist();
        assertThat(indexDir.resolve("_lock.json")).doesNotExist();
        try (Stream<Path> manifests = Files.list(remoteFolder.resolve("_runs"))) {
            assertThat(manifests).hasSize(1);
        }
    }

    @Test
    void reportsAreWrittenIntoTheWarehouseAndTheMissingLatestLinkIsExplained() throws IOException {
        Path report = run(remoteFolder, "report");
        assertThat(remote.out()).contains("latest reports: " + remoteWarehouse + "/report/"
                + report.getFileName() + " (no `latest` link: the warehouse is not a local folder");
        assertThat(remoteFolder.resolve(LatestReports.NAME)).doesNotExist();
        assertThat(local.out()).contains("latest reports: " + localWarehouse.resolve("latest"));
    }

    @Test
    void tablesAndMetricsDocumentsEqualALocalWarehouses() throws IOException {
        SparkSession spark = SparkSessions.create("non-local warehouse test", "local[2]", "UTC", 2);
        try {
            for (String stage : List.of("ingest", "analyze")) {
                List<String> tables = parquetTables(run(localWarehouse, stage));
                assertThat(parquetTables(run(remoteFolder, stage))).isEqualTo(tables);
                assertThat(tables).isNotEmpty();
                for (String table : tables) {
                    String remoteTable = remoteWarehouse + "/" + stage + "/"
                            + current(remoteFolder, stage) + "/" + table;
                    assertThat(rows(spark, remoteTable)).as(stage + " " + table)
                            .isEqualTo(rows(spark, run(localWarehouse, stage).resolve(table)
                                    .toString()));
                }
            }
        } finally {
            spark.stop();
        }
        Map<String, JsonNode> localMetrics = metrics(localWarehouse);
        assertThat(localMetrics).containsKeys("INC-1.json", "portfolio.json");
        assertThat(metrics(remoteFolder)).isEqualTo(localMetrics);
    }

    @Test
    void theIndexDirIsSearchedAsTheLocalWarehousesIndex() {
        CommandRun fromIndexDir = CommandRun.of("search", "--warehouse", remoteWarehouse,
                "--index-dir", indexDir.toString(), "--hits", "重复扣款");
        CommandRun fromWarehouse = CommandRun.of("search", "--warehouse",
                localWarehouse.toString(), "--hits", "重复扣款");

        assertThat(fromIndexDir.exitCode()).as(fromIndexDir.err()).isEqualTo(ExitCodes.OK);
        assertThat(fromIndexDir.out()).contains("INC-1").contains("p1").contains("«");
        assertThat(fromIndexDir.out()).isEqualTo(fromWarehouse.out());

        CommandRun similar = CommandRun.of("similar", "--warehouse", remoteWarehouse,
                "--index-dir", indexDir.toString(), "--incident", "INC-1");
        assertThat(similar.exitCode()).as(similar.err()).isEqualTo(ExitCodes.OK);
        assertThat(similar.err()).contains("warning: no key figures: warehouse " + remoteWarehouse
                + " is not a folder on this machine");
    }

    @Test
    void workbooksEqualALocalWarehouses() throws IOException {
        Map<String, List<String>> expected = workbooks(localWarehouse);
        assertThat(expected).containsKeys("zh/incidents/INC-1.xlsx", "zh/portfolio.xlsx");
        assertThat(workbooks(remoteFolder)).isEqualTo(expected);
    }

    /** The Parquet folders of a run (folders without a dot, not the metrics or playbook files). */
    private static List<String> parquetTables(Path run) throws IOException {
        try (Stream<Path> children = Files.list(run)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("_") && !name.equals("metrics")
                            && !name.equals("playbook"))
                    .sorted().toList();
        }
    }

    private static List<String> rows(SparkSession spark, String table) {
        return spark.read().parquet(table).collectAsList().stream()
                .map(org.apache.spark.sql.Row::toString).sorted().toList();
    }

    /** Metrics documents by name, run ids replaced so that two warehouses compare. */
    private static Map<String, JsonNode> metrics(Path warehouse) throws IOException {
        Map<String, JsonNode> documents = new TreeMap<>();
        Path folder = run(warehouse, "analyze").resolve("metrics");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                documents.put(file.getFileName().toString(),
                        JSON.readTree(withoutRunIds(warehouse, Files.readString(file))));
            }
        }
        return documents;
    }

    /** Every workbook of the report run: per sheet, its cells as shown, run ids replaced. */
    private static Map<String, List<String>> workbooks(Path warehouse) throws IOException {
        Map<String, List<String>> cells = new TreeMap<>();
        Path report = run(warehouse, "report");
        DataFormatter formatter = new DataFormatter();
        try (Stream<Path> files = Files.walk(report)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                List<String> shown = new ArrayList<>();
                try (InputStream in = Files.newInputStream(file);
                     XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (Sheet sheet : workbook) {
                        shown.add("sheet " + sheet.getSheetName());
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                shown.add(cell.getAddress() + " " + withoutRunIds(warehouse,
                                        formatter.formatCellValue(cell)));
                            }
                        }
                    }
                }
                cells.put(report.relativize(file).toString(), shown);
            }
        }
        return cells;
    }

    private static String withoutRunIds(Path warehouse, String text) throws IOException {
        String result = text;
        for (String stage : List.of("ingest", "analyze", "report")) {
            result = result.replace(current(warehouse, stage), "<" + stage + " run>");
        }
        return result;
    }

    private static Path run(Path folder, String stage) throws IOException {
        return folder.resolve(stage).resolve(current(folder, stage));
    }

    private static String current(Path folder, String stage) throws IOException {
        return Files.readString(folder.resolve(stage).resolve("CURRENT")).strip();
    }

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
