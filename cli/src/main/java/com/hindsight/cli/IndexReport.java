package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.jobs.index.IndexChanges;
import com.hindsight.jobs.index.IndexSummary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * What an index run wrote: documents per kind, speed, size, whether it rebuilt the index or
 * updated the previous one (and what changed), and the runs it came from and made.
 */
final class IndexReport {
    private final PrintWriter out;

    IndexReport(PrintWriter out) {
        this.out = out;
    }

    void print(Published<IndexSummary> published) {
        IndexSummary summary = published.summary();
        for (Map.Entry<String, Long> kind : summary.documents().entrySet()) {
            out.printf(Locale.ROOT, "%-10s %,10d documents%n", kind.getKey(), kind.getValue());
        }
        out.printf(Locale.ROOT, "%-10s %,10d documents in %.1f s (%,.0f written per second), %,d bytes%n",
                "total", summary.totalDocuments(), summary.seconds(), summary.documentsPerSecond(),
                summary.indexBytes());
        IndexChanges changes = summary.changes();
        if (changes.rebuilt()) {
            out.printf(Locale.ROOT, "rebuilt (%s): %,d documents added%n", changes.rebuildReason(),
                    changes.added());
        } else {
            out.printf(Locale.ROOT, "updated index run %s in place: %,d added, %,d replaced,"
                            + " %,d deleted, %,d kept (--full rebuilds)%n", changes.baseRun(),
                    changes.added(), changes.replaced(), changes.deleted(), changes.kept());
            if (changes.unread() > 0) {
                out.printf(Locale.ROOT, "%,d rows of unchanged ingest files taken from the index"
                        + " run before without reading them%n", changes.unread());
            }
        }
        out.println("from ingest run: " + summary.ingestRunId());
        out.println("published: " + published.run().display());
        out.flush();
    }
}
