package com.hindsight.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording and prints the hottest methods from its {@code jdk.ExecutionSample}
 * events: by self samples (the top frame), and by total samples (anywhere on the stack, counted
 * once per sample) for methods of a given package prefix, so that the product's own code shows
 * up beside the library frames it spends its time in; and by activity: each sample is charged to
 * the first of {@link #ACTIVITIES} that one of its frames belongs to (reading files, parsing JSON,
 * linking with Lucene...), so a reader sees what the time is spent doing, not only where.
 *
 * <p>Only Java frames are sampled: time inside native code (zstd, the gzip inflater) is not
 * counted here.
 *
 * <pre>
 * HotMethods RECORDING.jfr [TOP] [PREFIX]     defaults: 25, com.hindsight.
 * </pre>
 */
public final class HotMethods {
    /**
     * Activities, most specific first: a sample is charged to the first whose pattern matches one
     * of its frames (linking runs inside the columnar cache's iterator, for instance, so it must
     * come before it).
     */
    static final List<Map.Entry<String, Pattern>> ACTIVITIES = List.of(
            activity("link to incidents (Lucene)", "IncidentLinker|org\\.apache\\.lucene"),
            activity("read files (gzip, CSV, xlsx, lines)",
                    "com\\.hindsight\\.jobs\\.read|GZIPInputStream|Inflater|org\\.apache\\.poi"),
            activity("sentiment model (MLlib)", "org\\.apache\\.spark\\.ml\\."),
            activity("cascade forests", "IncidentForest"),
            activity("parse JSON", "JsonToStructs|JacksonParser|jackson\\.core"),
            activity("build and look up field maps",
                    "ArrayBasedMapBuilder|MapFromEntries|GetMapValue|MapEntries|ArrayTransform"),
            activity("regular expressions (masking, checks)", "RegExpReplace|RLike|java\\.util\\.regex"),
            activity("cache (columnar build and read)",
                    "columnar|InMemoryRelation|CachedBatch|ColumnBuilder|compression|BlockManager"),
            activity("write Parquet", "parquet\\.(column|hadoop|io)|ParquetOutputWriter|FileFormatWriter"),
            activity("read Parquet", "parquet|VectorizedParquet|FileScanRDD"),
            activity("sort, shuffle, window", "Sorter|ShuffleExchange|SortExec|sort_|ShuffleWriter"
                    + "|ShuffleReader|ShuffleBlockFetcher|window|Window"),
            activity("aggregate", "HashAggregate|agg_|ObjectAggregation|SortAggregate"),
            activity("compile generated code", "janino|CodeGenerator"),
            activity("other Spark query execution", "GeneratedClass|org\\.apache\\.spark\\.sql"),
            activity("Spark scheduling and RPC", "org\\.apache\\.spark|io\\.netty"));

    private HotMethods() {
    }

    private static Map.Entry<String, Pattern> activity(String name, String framePattern) {
        return Map.entry(name, Pattern.compile(framePattern));
    }

    /** The activity a sample is charged to: the first of {@link #ACTIVITIES} with a frame in it. */
    static String activityOf(List<String> frameNames) {
        for (Map.Entry<String, Pattern> activity : ACTIVITIES) {
            for (String frame : frameNames) {
                if (activity.getValue().matcher(frame).find()) {
                    return activity.getKey();
                }
            }
        }
        return "other";
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: HotMethods RECORDING.jfr [TOP] [PREFIX]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String prefix = args.length > 2 ? args[2] : "com.hindsight.";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> activities = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            List<String> names = new ArrayList<>(frames.size());
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                names.add(name);
                if (name.startsWith(prefix) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
            activities.merge(activityOf(names), 1, Integer::sum);
            var thread = event.getThread("sampledThread");
            String threadName = thread == null ? "?" : thread.getJavaName();
            threads.merge(threadName == null ? "?" : threadName.replaceAll("[0-9]+", "N"), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "execution samples: %d%n%n", samples);
        print("activity (first match per sample, see HotMethods.ACTIVITIES)", activities, samples,
                ACTIVITIES.size() + 1);
        print("self samples (top frame)", self, samples, top);
        print("total samples, methods under " + prefix + " (anywhere on the stack)", total, samples, top);
        print("samples by thread", threads, samples, 10);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("| " + title + " | samples | share |");
        System.out.println("| --- | ---: | ---: |");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "| `%s` | %d | %.1f%% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples)));
        System.out.println();
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        if (method == null) {
            return "?";
        }
        String type = method.getType() == null ? "?" : method.getType().getName();
        return type + "." + method.getName();
    }
}
