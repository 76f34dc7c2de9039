package com.hindsight.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns bench/work/results.tsv (one row per measured process, written by bench/run) into Markdown
 * tables: one per scale, the ratios Hindsight/DuckDB and Hindsight/raw read, the scaling curve
 * and the peak memory per scale.
 *
 * <pre>
 * BenchReport RESULTS --print N        the tables of scale N on stdout
 * BenchReport RESULTS --write FILE     replaces FILE's text between the results markers
 * </pre>
 */
public final class BenchReport {
    static final String BEGIN = "<!-- bench:results:begin (written by bench/run; do not edit by hand) -->";
    static final String END = "<!-- bench:results:end -->";

    private static final List<String> STAGES = List.of("raw_read_cold", "raw_read", "raw_read_decompressed",
            "duckdb_ingest",
            "hindsight_ingest", "duckdb_hourly", "duckdb_cascades", "hindsight_analyze", "hindsight_index",
            "lucene_query", "hindsight_report_1", "hindsight_report_100", "hindsight_nightly_full",
            "hindsight_nightly_incremental");
    /** The stages of the nightly run, as the end-to-end target counts them. */
    private static final String[] NIGHTLY = {"hindsight_ingest", "hindsight_analyze", "hindsight_index",
            "hindsight_report_100"};
    private static final String[] DUCKDB = {"duckdb_ingest", "duckdb_hourly", "duckdb_cascades"};
    private static final double QUERY_P99_TARGET_MS = 50;
    /** The incremental night's time as a share of the full nightly's (issue #12). */
    private static final double INCREMENTAL_SHARE_TARGET = 0.10;

    /** The latency of the fixed query set at one scale (bench/run's queries.tsv). */
    record Queries(int scale, long docs, int queries, int searches, double p50, double p90, double p99,
                   double max, String load) {
        static Queries parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 9) {
                throw new IllegalArgumentException("queries row has " + f.length + " fields, expected 9: " + line);
            }
            return new Queries(Integer.parseInt(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]), f[8]);
        }
    }

    /** One measured process. Sizes in MB; a missing figure is null. */
    record Row(int scale, String stage, double wall, Long rssMb, Long heapPeakMb, Long heapLiveMb, long records,
               long bytes, String load, Double innerSeconds, int exitCode, Long heapCommittedMb) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length < 11) {
                throw new IllegalArgumentException("results row has " + f.length + " fields, expected 11: " + line);
            }
            return new Row(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]), longOrNull(f[3]),
                    longOrNull(f[4]), longOrNull(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), f[8],
                    f[9].equals("-") || f[9].isEmpty() ? null : Double.valueOf(f[9]), Integer.parseInt(f[10]),
                    f.length > 11 ? longOrNull(f[11]) : null);
        }

        Double recordsPerSecond() {
            return records == 0 ? null : records / wall;
        }

        Double megabytesPerSecond() {
            return bytes == 0 ? null : bytes / 1e6 / wall;
        }
    }

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[1].equals("--print") || args[1].equals("--write"))) {
            System.err.println("usage: BenchReport RESULTS --print N | --write FILE");
            System.exit(2);
        }
        Map<Integer, Map<String, Row>> byScale = read(Path.of(args[0]));
        Map<Integer, Queries> queries = readQueries(Path.of(args[0]).resolveSibling("queries.tsv"));
        if (args[1].equals("--print")) {
            int scale = Integer.parseInt(args[2]);
            Map<String, Row> rows = byScale.get(scale);
            if (rows == null) {
                System.err.println("no results for " + scale + "M");
                System.exit(1);
            }
            System.out.println(scaleSection(scale, rows, queries.get(scale)));
        } else {
            write(Path.of(args[2]), render(byScale, queries));
        }
    }

    static Map<Integer, Map<String, Row>> read(Path results) throws IOException {
        Map<Integer, Map<String, Row>> byScale = new TreeMap<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Row row = Row.parse(line);
            byScale.computeIfAbsent(row.scale(), k -> new LinkedHashMap<>()).put(row.stage(), row);
        }
        return byScale;
    }

    /** queries.tsv by scale; absent file = no query measured yet. */
    static Map<Integer, Queries> readQueries(Path file) throws IOException {
        Map<Integer, Queries> byScale = new TreeMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Queries q = Queries.parse(line);
                    byScale.put(q.scale(), q);
                }
            }
        }
        return byScale;
    }

    static String render(Map<Integer, Map<String, Row>> byScale, Map<Integer, Queries> queries) {
        StringBuilder md = new StringBuilder();
        for (var entry : byScale.entrySet()) {
            md.append(scaleSection(entry.getKey(), entry.getValue(), queries.get(entry.getKey()))).append('\n');
        }
        md.append(scalingSection(byScale));
        md.append(querySection(queries));
        return md.toString();
    }

    static String querySection(Map<Integer, Queries> queries) {
        StringBuilder md = new StringBuilder("\n### Lucene query latency (bench/queries.txt, warm, one JVM)\n\n");
        if (queries.isEmpty()) {
            return md.append("Not measured yet.\n").toString();
        }
        md.append(format("| scale | documents | queries x rounds | p50 ms | p90 ms | p99 ms | max ms | p99 < %.0f ms |%n",
                QUERY_P99_TARGET_MS));
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Queries q : queries.values()) {
            md.append(format("| %dM | %,d | %d x %d | %.2f | %.2f | %.2f | %.2f | %s |%n", q.scale(), q.docs(),
                    q.queries(), q.searches() / q.queries(), q.p50(), q.p90(), q.p99(), q.max(),
                    q.p99() < QUERY_P99_TARGET_MS ? "met" : "**not met**"));
        }
        return md.toString();
    }

    static String scaleSection(int scale, Map<String, Row> rows, Queries queries) {
        StringBuilder md = new StringBuilder();
        Row any = rows.values().iterator().next();
        md.append(format("### %d million posts (%,d records, %.1f MB on disk)%n%n", scale, any.records(),
                any.bytes() / 1e6));
        md.append("| stage | wall s | records/s | MB/s | max RSS MB | JVM heap peak / live / committed MB | load (1 min) at start | DuckDB SQL s |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String stage : STAGES) {
            Row r = rows.get(stage);
            if (r == null) {
                continue;
            }
            md.append(format("| %s%s | %.2f | %s | %s | %s | %s | %s | %s |%n", label(stage),
                    r.exitCode() == 0 || r.exitCode() == 3 ? "" : " (exit " + r.exitCode() + ")", r.wall(),
                    rate(r.recordsPerSecond()), orDash(r.megabytesPerSecond(), "%.1f"), orDash(r.rssMb()),
                    r.heapPeakMb() == null ? "-" : r.heapPeakMb() + " / " + r.heapLiveMb() + " / "
                            + orDash(r.heapCommittedMb()), r.load(),
                    r.innerSeconds() == null ? "-" : format("%.2f", r.innerSeconds())));
        }
        md.append('\n').append("| ratio (wall time) | value |\n| --- | ---: |\n");
        ratio(md, "ingest: Hindsight / DuckDB", sum(rows, "hindsight_ingest"), sum(rows, "duckdb_ingest"));
        ratio(md, "analyze: Hindsight / DuckDB (hourly + cascades)", sum(rows, "hindsight_analyze"),
                sum(rows, "duckdb_hourly", "duckdb_cascades"));
        ratio(md, "end to end: Hindsight / DuckDB", sum(rows, "hindsight_ingest", "hindsight_analyze"),
                sum(rows, "duckdb_ingest", "duckdb_hourly", "duckdb_cascades"));
        ratio(md, "end to end: Hindsight / DuckDB SQL time only", sum(rows, "hindsight_ingest", "hindsight_analyze"),
                inner(rows, "duckdb_ingest", "duckdb_hourly", "duckdb_cascades"));
        ratio(md, "ingest: Hindsight / raw read (warm)", sum(rows, "hindsight_ingest"), sum(rows, "raw_read"));
        ratio(md, "analyze: Hindsight / raw read (warm)", sum(rows, "hindsight_analyze"), sum(rows, "raw_read"));
        ratio(md, "end to end: Hindsight / raw read (warm)", sum(rows, "hindsight_ingest", "hindsight_analyze"),
                sum(rows, "raw_read"));
        ratio(md, "end to end: Hindsight / raw read with decompression", sum(rows, "hindsight_ingest", "hindsight_analyze"),
                sum(rows, "raw_read_decompressed"));
        ratio(md, "nightly (ingest + analyze + index + 100-incident report): Hindsight / DuckDB",
                sum(rows, NIGHTLY), sum(rows, DUCKDB));
        ratio(md, "nightly: Hindsight / raw read with decompression", sum(rows, NIGHTLY),
                sum(rows, "raw_read_decompressed"));
        ratio(md, "end to end: DuckDB / raw read (warm)", sum(rows, "duckdb_ingest", "duckdb_hourly", "duckdb_cascades"),
                sum(rows, "raw_read"));
        Optional<Double> full = sum(rows, "hindsight_nightly_full");
        Optional<Double> incremental = sum(rows, "hindsight_nightly_incremental");
        if (full.isPresent() && incremental.isPresent() && full.get() > 0) {
            double share = incremental.get() / full.get();
            md.append(format("%nIncremental night (a day's new data, %,d posts) %.1f s against the full nightly's"
                            + " %.1f s: %.1f%% (target < %.0f%%: %s).%n", rows.get("hindsight_nightly_incremental").records(),
                    incremental.get(), full.get(), 100 * share, 100 * INCREMENTAL_SHARE_TARGET,
                    share < INCREMENTAL_SHARE_TARGET ? "met" : "not met"));
        }
        if (queries != null) {
            md.append(format("%nLucene queries over %,d documents: p50 %.2f ms, p99 %.2f ms (target p99 < %.0f ms: %s).%n",
                    queries.docs(), queries.p50(), queries.p99(), QUERY_P99_TARGET_MS,
                    queries.p99() < QUERY_P99_TARGET_MS ? "met" : "not met"));
        }
        return md.toString();
    }

    static String scalingSection(Map<Integer, Map<String, Row>> byScale) {
        StringBuilder md = new StringBuilder();
        md.append("### Scaling: records/s (and wall s) per stage across scales\n\n");
        md.append("Linear cost means a flat records/s row and a wall time that grows with the scale.\n\n");
        md.append("| stage |");
        byScale.keySet().forEach(s -> md.append(' ').append(s).append("M |"));
        md.append("\n| --- |");
        byScale.keySet().forEach(s -> md.append(" ---: |"));
        md.append('\n');
        for (String stage : STAGES) {
            if (byScale.values().stream().noneMatch(rows -> rows.containsKey(stage))) {
                continue;
            }
            md.append("| ").append(label(stage)).append(" |");
            for (Map<String, Row> rows : byScale.values()) {
                Row r = rows.get(stage);
                md.append(r == null ? " not run |"
                        : format(" %s (%.1f s) |", rate(r.recordsPerSecond()), r.wall()));
            }
            md.append('\n');
        }
        md.append("\n### Peak memory per scale\n\n");
        md.append("| scale | Hindsight ingest: max RSS / JVM heap peak / live after GC / committed (MB) | Hindsight analyze: the same | Hindsight index: the same | DuckDB max RSS, ingest / hourly / cascades (MB) |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (var entry : byScale.entrySet()) {
            Map<String, Row> rows = entry.getValue();
            md.append(format("| %dM | %s | %s | %s | %s / %s / %s |%n", entry.getKey(), memory(rows.get("hindsight_ingest")),
                    memory(rows.get("hindsight_analyze")), memory(rows.get("hindsight_index")), rss(rows.get("duckdb_ingest")),
                    rss(rows.get("duckdb_hourly")), rss(rows.get("duckdb_cascades"))));
        }
        return md.toString();
    }

    static void write(Path doc, String results) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String section = BEGIN + "\n\n" + results + "\n" + END;
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + section + text.substring(end + END.length())
                : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }

    private static void ratio(StringBuilder md, String name, Optional<Double> numerator, Optional<Double> denominator) {
        md.append("| ").append(name).append(" | ");
        if (numerator.isPresent() && denominator.isPresent() && denominator.get() > 0) {
            md.append(format("%.1fx", numerator.get() / denominator.get()));
        } else {
            md.append("not measured");
        }
        md.append(" |\n");
    }

    private static Optional<Double> sum(Map<String, Row> rows, String... stages) {
        double total = 0;
        for (String stage : stages) {
            Row r = rows.get(stage);
            if (r == null) {
                return Optional.empty();
            }
            total += r.wall();
        }
        return Optional.of(total);
    }

    private static Optional<Double> inner(Map<String, Row> rows, String... stages) {
        double total = 0;
        for (String stage : stages) {
            Row r = rows.get(stage);
            if (r == null || r.innerSeconds() == null) {
                return Optional.empty();
            }
            total += r.innerSeconds();
        }
        return Optional.of(total);
    }

    private static String memory(Row r) {
        if (r == null) {
            return "not run";
        }
        return orDash(r.rssMb()) + " / " + orDash(r.heapPeakMb()) + " / " + orDash(r.heapLiveMb()) + " / "
                + orDash(r.heapCommittedMb());
    }

    private static String rss(Row r) {
        return r == null ? "not run" : orDash(r.rssMb());
    }

    private static String label(String stage) {
        return switch (stage) {
            case "raw_read_cold" -> "raw read, first `cat` (may be cold)";
            case "raw_read" -> "raw read, second `cat` (warm)";
            case "raw_read_decompressed" -> "raw read with `gzip -dc` of the .gz files";
            case "duckdb_ingest" -> "DuckDB ingest to Parquet";
            case "hindsight_ingest" -> "**Hindsight ingest**";
            case "duckdb_hourly" -> "DuckDB hourly volume";
            case "duckdb_cascades" -> "DuckDB cascade sizes";
            case "hindsight_analyze" -> "**Hindsight analyze**";
            case "hindsight_index" -> "**Hindsight index** (records = documents indexed)";
            case "lucene_query" -> "query latency process (see the query table)";
            case "hindsight_report_1" -> "**Hindsight report**, 1 incident + portfolio (records = incident workbooks)";
            case "hindsight_report_100" -> "**Hindsight report**, the first 100 incidents (all if fewer) + portfolio (records = incident workbooks)";
            case "hindsight_nightly_full" -> "**Hindsight nightly --full** (ingest, analyze, index, every workbook; one JVM)";
            case "hindsight_nightly_incremental" -> "**Hindsight nightly**, incremental, after a day's new data (records = new posts)";
            default -> stage;
        };
    }

    /** Records per second: whole numbers, with a decimal for the small rates of reports. */
    private static String rate(Double value) {
        return value == null ? "-" : format(value < 100 ? "%.1f" : "%,.0f", value);
    }

    private static String orDash(Double value, String pattern) {
        return value == null ? "-" : format(pattern, value);
    }

    private static String orDash(Long value) {
        return value == null ? "-" : value.toString();
    }

    private static Long longOrNull(String text) {
        return text.equals("-") || text.isEmpty() ? null : Long.valueOf(text);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
