package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental night killed with SIGKILL (the real {@code hindsight nightly} process, in a JVM
 * of its own) in the middle of each stage: the next run clears the dead run's lock and staging
 * and ends with exactly what a night that was never killed gives: the same ingest tables, metrics
 * tables and documents, index documents and workbook cells.
 */
class NightlyKillTest {
    private static final String AS_OF = "2024-06-01";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    /**
     * Where a night is killed: its stage's command, once the stage's staged run shows the given
     * progress.
     */
    private record KillPoint(String stage, List<String> arguments, Predicate<Path> reached) {
        List<String> command(Path archive, Path warehouse) {
            List<String> command = new ArrayList<>(List.of(stage, "--warehouse",
                    warehouse.toString()));
            command.addAll(arguments.stream().map(a -> a.equals("ARCHIVE") ? archive.toString() : a)
                    .toList());
            return command;
        }
    }

    private static final List<String> SPARK = List.of("--shuffle-partitions", "2");
    private static final List<KillPoint> POINTS = List.of(
            new KillPoint("ingest", concat(List.of("--input", "ARCHIVE"), SPARK),
                    staged -> Files.isDirectory(staged.resolve("posts"))),
            new KillPoint("analyze", concat(List.of("--as-of", AS_OF), SPARK),
                    staged -> Files.isDirectory(staged.resolve("cascades"))),
            new KillPoint("index", SPARK, staged -> Files.isDirectory(staged.resolve("lucene"))),
            new KillPoint("report", List.of("--language", "en"),
                    staged -> containsWorkbook(staged)));

    @Test
    void aNightKilledInEachStageRecoversToTheResultOfANightNeverKilled() throws Exception {
        Path archive = temp.resolve("archive");
        firstNight(archive);
        Path warehouse = temp.resolve("killed");
        assertFinished(nightly(archive, warehouse));
        secondNight(archive);
        Path clean = copy(warehouse, temp.resolve("clean"));
        assertFinished(nightly(archive, clean));

        // the incremental night stage by stage, each stage's process killed half-way first
        for (KillPoint point : POINTS) {
            killDuring(point, archive, warehouse);
            assertThat(warehouse.resolve("_lock.json")).as(point.stage() + ": the dead run's lock")
                    .exists();
            CommandRun again = CommandRun.of(point.command(archive, warehouse)
                    .toArray(new String[0]));
            assertFinished(again);
            assertThat(warehouse.resolve("_lock.json")).as(point.stage()).doesNotExist();
        }
        assertThat(stagedRuns(warehouse, "")).as("staged runs the killed processes left")
                .isEmpty();

        Map<String, String> expected = snapshot(clean);
        Map<String, String> recovered = snapshot(warehouse);
        assertThat(recovered.keySet()).isEqualTo(expected.keySet());
        for (String part : expected.keySet()) {
            assertThat(recovered.get(part)).as(part).isEqualTo(expected.get(part));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static CommandRun nightly(Path archive, Path warehouse) {
        return CommandRun.of("nightly", "--input", archive.toString(), "--warehouse",
                warehouse.toString(), "--as-of", AS_OF, "--language", "en",
                "--shuffle-partitions", "2");
    }

    private static void assertFinished(CommandRun run) {
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.SET_ASIDE);
    }

    /** Starts the nightly in a JVM of its own and kills it (SIGKILL) once the point is reached. */
    private static void killDuring(KillPoint point, Path archive, Path warehouse)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens") || argument.startsWith("-D")
                    || argument.startsWith("-XX:+IgnoreUnrecognizedVMOptions")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Hindsight.class.getName()));
        command.addAll(point.command(archive, warehouse));
        Path log = warehouse.resolveSibling(warehouse.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean reached = false;
        while (!reached && process.isAlive() && System.nanoTime() < deadline) {
            reached = stagedRuns(warehouse, point.stage() + "-").stream()
                    .anyMatch(point.reached());
            if (!reached) {
                Thread.sleep(20);
            }
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(reached).as("the " + point.stage() + " process reached its kill point before it"
                + " ended; its output:\n" + Files.readString(log)).isTrue();
    }

    private static List<Path> stagedRuns(Path warehouse, String prefix) {
        Path staging = warehouse.resolve("_staging");
        try (Stream<Path> runs = Files.list(staging)) {
            return runs.filter(run -> run.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            return List.of(); // not created yet, or being cleared
        }
    }

    private static boolean containsWorkbook(Path staged) {
        try (Stream<Path> files = Files.walk(staged)) {
            return files.anyMatch(file -> file.toString().endsWith(".xlsx"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * What a night left, run ids replaced by the stage's name: every Parquet table's rows (sorted
     * JSON) and every JSON document of the current ingest and analyze runs, every stored field
     * of every index document, every cell of every workbook and the names of the charts.
     */
    private static Map<String, String> snapshot(Path warehouse) throws IOException {
        // the commands stopped their Spark sessions
        SparkSession spark = SparkSession.builder().master("local[1]")
                .appName("NightlyKillTest").getOrCreate();
        SparkSession.setActiveSession(spark);
        SparkSession.setDefaultSession(spark);
        try {
            return snapshot(warehouse, spark);
        } finally {
            spark.stop();
        }
    }

    private static Map<String, String> snapshot(Path warehouse, SparkSession spark)
            throws IOException {
        Map<String, String> runs = new TreeMap<>();
        for (String stage : List.of("ingest", "analyze", "index", "report")) {
            runs.put(stage, Files.readString(warehouse.resolve(stage).resolve("CURRENT")).strip());
        }
        Map<String, String> snapshot = new TreeMap<>();
        for (String stage : List.of("ingest", "analyze")) {
            Path run = warehouse.resolve(stage).resolve(runs.get(stage));
            try (Stream<Path> files = Files.walk(run)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = stage + "/" + run.relativize(file);
                    if (file.toString().endsWith(".parquet")) {
                        Path table = file.getParent();
                        snapshot.computeIfAbsent(stage + "/" + run.relativize(table),
                                t -> String.join("\n", spark.read()
                                        .parquet(table + "/*.parquet").toJSON().collectAsList()
                                        .stream().sorted().toList()));
                    } else if (file.toString().endsWith(".json")) {
                        snapshot.put(name, withoutRunIds(Files.readString(file), runs));
                    }
                }
            }
        }
        snapshot.put("index", indexDocuments(warehouse.resolve("index").resolve(runs.get("index"))
                .resolve("lucene")));
        Path report = warehouse.resolve("report").resolve(runs.get("report"));
        try (Stream<Path> files = Files.walk(report)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = "report/" + report.relativize(file);
                if (file.toString().endsWith(".xlsx")) {
                    snapshot.put(name, withoutRunIds(cells(file), runs));
                } else if (file.toString().endsWith(".png")) {
                    snapshot.put(name, "chart");
                }
            }
        }
        return snapshot;
    }

    private static String withoutRunIds(String text, Map<String, String> runs) {
        String result = text;
        for (Map.Entry<String, String> run : runs.entrySet()) {
            result = result.replace(run.getValue(), "<" + run.getKey() + " run>");
        }
        return result;
    }

    private static String indexDocuments(Path lucene) throws IOException {
        List<String> documents = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(lucene);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document document = stored.document(doc);
                List<String> fields = new ArrayList<>();
                for (IndexableField field : document.getFields()) {
                    fields.add(field.name() + "=" + (field.stringValue() != null
                            ? field.stringValue() : String.valueOf(field.numericValue())));
                }
                fields.sort(null);
                documents.add(String.join("|", fields));
            }
            assertThat(reader.numDocs()).isEqualTo(reader.maxDoc() - reader.numDeletedDocs());
        }
        documents.sort(null);
        return String.join("\n", documents);
    }

    private static String cells(Path workbook) throws IOException {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : book) {
                text.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getAddress()).append('=')
                                .append(formatter.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** Two incidents, posts linked by query, a review with an open action. */
    private static void firstNight(Path archive) throws IOException {
        write(archive.resolve("incidents/register.csv"),
                "id,bank,title,category,opened_at,closed_at,query\n"
                        + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                        + "2024-03-08 18:00:00,重复扣款\n"
                        + "INC-2,北辰银行,小额账户管理费,pricing_policy,2024-04-10 08:00:00,,"
                        + "管理费\n");
        write(archive.resolve("actions/timeline.csv"), "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现扣款相关舆情\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,官微发布致歉声明\n"
                + "INC-2,2024-04-10 09:00:00,monitoring,detected,监测发现\n");
        write(archive.resolve("reviews/INC-1.json"), "{\"incident_id\":\"INC-1\",\"root_cause\":"
                + "\"变更管理: 回归测试不足\",\"lessons\":[\"先发声明\"],\"actions\":[{\"title\":"
                + "\"季度演练\",\"owner\":\"IT\",\"due\":\"2024-05-30\",\"status\":\"open\"}],"
                + "\"reviewed_at\":\"2024-04-01 10:00:00\"}\n");
        write(archive.resolve("media/day1.jsonl"),
                post("p1", "2024-03-05T10:00:00+08:00", "我的卡被重复扣款了")
                        + post("p2", "2024-03-05T11:00:00+08:00", "又被重复扣款")
                        + post("p3", "2024-04-10T10:00:00+08:00", "管理费太不合理"));
        write(archive.resolve("complaints/day1.csv"), "id,received_at,channel,text,incident_id\n"
                + "c1,2024-03-05 10:00:00,hotline,重复扣款两次,INC-1\n");
    }

    /** New posts of INC-2 and a new complaint: an incremental night. */
    private static void secondNight(Path archive) throws IOException {
        write(archive.resolve("media/day2.jsonl"),
                post("p4", "2024-04-10T12:00:00+08:00", "管理费凭什么收")
                        + post("p5", "2024-04-10T13:00:00+08:00", "小额账户管理费取消了吗"));
        write(archive.resolve("complaints/day2.csv"), "id,received_at,channel,text,incident_id\n"
                + "c2,2024-04-10 11:00:00,app,管理费不合理,INC-2\n");
    }

    private static String post(String id, String time, String text) {
        return "{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + time
                + "\",\"text\":\"" + text + "\"}\n";
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
