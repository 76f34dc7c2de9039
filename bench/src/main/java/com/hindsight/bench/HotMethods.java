package com.hindsight.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording and prints the hottest methods from its {@code jdk.ExecutionSample}
 * events: by self samples (the top frame), and by total samples (anywhere on the stack, counted
 * once per sample) for methods of a given package prefix, so that the product's own code shows
 * up beside the library frames it spends its time in.
 *
 * <pre>
 * HotMethods RECORDING.jfr [TOP] [PREFIX]     defaults: 25, com.hindsight.
 * </pre>
 */
public final class HotMethods {
    private HotMethods() {
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
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith(prefix) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
            var thread = event.getThread("sampledThread");
            String threadName = thread == null ? "?" : thread.getJavaName();
            threads.merge(threadName == null ? "?" : threadName.replaceAll("[0-9]+", "N"), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "execution samples: %d%n%n", samples);
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
