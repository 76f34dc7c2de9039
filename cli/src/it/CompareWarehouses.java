import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the published runs of two warehouses made from the same archive, e.g. a local-mode
 * nightly and one on a Spark cluster (cli/src/it/standalone-cluster-test): the ingest, analyze,
 * index and report summaries and every metrics document must be equal, apart from what differs
 * between any two runs (run ids, seconds, the index's documents per second and bytes on disk, the
 * warehouse's own path).
 * Numbers are equal when within a relative 1e-9 (a sum may add its parts in another order on a
 * cluster).
 *
 * <p>Run with the Jackson jars on the class path:
 * {@code java -cp 'cli/target/lib/*' cli/src/it/CompareWarehouses.java EXPECTED ACTUAL}. Prints
 * one line per comparison and "N passed, N failed"; exits 1 when any failed.
 */
public final class CompareWarehouses {
    /**
     * Keys whose values differ between any two runs of the same archive (and any "...seconds"):
     * run ids, speeds, sizes, and the path of the warehouse the run read (the two runs compared
     * always live in different folders).
     */
    private static final Set<String> PER_RUN = Set.of("source_ingest_run", "analyze_run",
            "documents_per_second", "index_bytes", "base_index_run", "source_warehouse");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path expected;
    private final Path actual;
    private int passed;
    private int failed;

    private CompareWarehouses(Path expected, Path actual) {
        this.expected = expected;
        this.actual = actual;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompareWarehouses EXPECTED_WAREHOUSE ACTUAL_WAREHOUSE");
            System.exit(2);
        }
        CompareWarehouses compare = new CompareWarehouses(Path.of(args[0]), Path.of(args[1]));
        compare.summary("ingest", "ingest-summary.json");
        compare.summary("analyze", "analyze-summary.json");
        compare.metricsDocuments();
        compare.summary("index", "index-summary.json");
        compare.summary("report", "report-summary.json");
        System.out.println(compare.passed + " passed, " + compare.failed + " failed");
        System.exit(compare.failed == 0 ? 0 : 1);
    }

    private void summary(String stage, String file) throws IOException {
        compare(stage + "/" + file, current(expected, stage).resolve(file),
                current(actual, stage).resolve(file));
    }

    private void metricsDocuments() throws IOException {
        Path left = current(expected, "analyze").resolve("metrics");
        Path right = current(actual, "analyze").resolve("metrics");
        Set<String> names = names(left);
        if (!names.equals(names(right))) {
            fail("analyze/metrics", "documents " + names + " vs " + names(right));
            return;
        }
        if (names.isEmpty()) {
            fail("analyze/metrics", "no metrics documents in " + left);
            return;
        }
        for (String name : names) {
            compare("analyze/metrics/" + name, left.resolve(name), right.resolve(name));
        }
    }

    private void compare(String what, Path left, Path right) throws IOException {
        if (!Files.isRegularFile(left) || !Files.isRegularFile(right)) {
            fail(what, "missing: " + (Files.isRegularFile(left) ? right : left));
            return;
        }
        List<String> differences = new ArrayList<>();
        diff("", JSON.readTree(left.toFile()), JSON.readTree(right.toFile()), differences);
        if (differences.isEmpty()) {
            passed++;
            System.out.println("equal    " + what);
        } else {
            fail(what, String.join("; ", differences.subList(0, Math.min(5, differences.size())))
                    + (differences.size() > 5 ? " (and " + (differences.size() - 5) + " more)" : ""));
        }
    }

    private void fail(String what, String why) {
        failed++;
        System.out.println("DIFFERENT " + what + ": " + why);
    }

    private static void diff(String path, JsonNode left, JsonNode right, List<String> out) {
        if (left.isNumber() && right.isNumber()) {
            double a = left.doubleValue();
            double b = right.doubleValue();
            if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                out.add(path + ": " + left + " vs " + right);
            }
        } else if (left.isObject() && right.isObject()) {
            Set<String> keys = new TreeSet<>();
            left.fieldNames().forEachRemaining(keys::add);
            right.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (PER_RUN.contains(key) || key.endsWith("seconds")) {
                    continue;
                }
                JsonNode a = left.get(key);
                JsonNode b = right.get(key);
                if (a == null || b == null) {
                    out.add(path + "." + key + ": only in " + (a == null ? "the actual" : "the expected"));
                } else {
                    diff(path + "." + key, a, b, out);
                }
            }
        } else if (left.isArray() && right.isArray()) {
            if (left.size() != right.size()) {
                out.add(path + ": " + left.size() + " elements vs " + right.size());
                return;
            }
            Iterator<JsonNode> a = left.elements();
            Iterator<JsonNode> b = right.elements();
            for (int i = 0; a.hasNext(); i++) {
                diff(path + "[" + i + "]", a.next(), b.next(), out);
            }
        } else if (!left.equals(right)) {
            out.add(path + ": " + left + " vs " + right);
        }
    }

    private static Path current(Path warehouse, String stage) throws IOException {
        Path pointer = warehouse.resolve(stage).resolve("CURRENT");
        if (!Files.isRegularFile(pointer)) {
            throw new IOException("no published " + stage + " run in " + warehouse);
        }
        return warehouse.resolve(stage).resolve(Files.readString(pointer).trim());
    }

    private static Set<String> names(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> names.add(file.getFileName().toString()));
            }
        }
        return names;
    }
}
