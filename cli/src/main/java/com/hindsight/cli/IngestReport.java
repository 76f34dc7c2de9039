package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.jobs.ingest.IngestSummary;
import com.hindsight.jobs.ingest.TableCounts;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The short human summary of an ingest run. */
final class IngestReport {
    private final PrintWriter out;

    IngestReport(PrintWriter out) {
        this.out = out;
    }

    void print(Published<IngestSummary> published) {
        IngestSummary summary = published.summary();
        out.printf(Locale.ROOT, "%-11s %6s %9s %9s %11s %10s %10s %14s%n", "table", "files", "read",
                "accepted", "quarantined", "duplicates", "by query", "reach by query");
        Map<String, Long> reasons = new TreeMap<>();
        for (Map.Entry<String, TableCounts> entry : summary.tables().entrySet()) {
            TableCounts c = entry.getValue();
            out.printf(Locale.ROOT, "%-11s %6d %9d %9d %11d %10d %10d %14s%n", entry.getKey(), c.files(),
                    c.read(), c.accepted(), c.quarantined(), c.duplicates(), c.linkedByQuery(),
                    c.linkedByQueryReach() == 0 ? "-" : String.format(Locale.ROOT, "%,d", c.linkedByQueryReach()));
            c.quarantinedByReason().forEach((reason, n) -> reasons.merge(reason, n, Long::sum));
        }
        if (!reasons.isEmpty()) {
            out.println();
            out.println("quarantined by reason:");
            reasons.forEach((reason, n) -> out.printf(Locale.ROOT, "  %-16s %d%n", reason, n));
            out.println("  (see the quarantine table for file, line and message of each)");
        }
        if (!summary.skippedFiles().isEmpty()) {
            out.println();
            out.println("skipped (not a readable file type): " + String.join(", ",
                    summary.skippedFiles()));
        }
        for (String warning : summary.warnings()) {
            out.println("warning: " + warning);
        }
        out.println();
        IngestSummary.Reading reading = summary.reading();
        if (reading.incremental()) {
            out.printf(Locale.ROOT, "incremental (%s): read %d new or changed file(s), carried"
                    + " over %d unchanged from run %s, dropped what %d changed or removed file(s)"
                    + " gave; the other tables read whole (--full reads everything)%n",
                    String.join(", ", reading.mergedTables()), reading.filesRead(),
                    reading.filesReused(), reading.baseRun(), reading.filesDropped());
        } else {
            out.printf(Locale.ROOT, "read the whole archive (%d files): %s%n",
                    reading.filesReadInAll(), reading.wholeReason());
        }
        out.println("published: " + published.run().display());
        out.flush();
    }
}
