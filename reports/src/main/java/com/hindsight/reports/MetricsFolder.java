package com.hindsight.reports;

import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.reports.metrics.MetricsDocumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The {@code metrics/} folder of a published analyze run ({@link MetricsContract}). */
final class MetricsFolder {
    private final PublishedRun run;

    MetricsFolder(PublishedRun analyzeRun) {
        this.run = analyzeRun;
    }

    String runId() {
        return run.runId();
    }

    /** The incident documents' file names, in name order (portfolio.json excluded). */
    List<String> incidentFiles() {
        List<String> names = new ArrayList<>();
        for (String name : run.files(MetricsContract.FOLDER)) {
            if (MetricsContract.incidentIdOf(name) != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name a document is reported by: {@code metrics/<file>}. */
    String name(String file) {
        return MetricsContract.FOLDER + "/" + file;
    }

    /** The document's bytes; unreadable or absent is a document problem naming the file. */
    byte[] read(String file) {
        try {
            return run.read(name(file));
        } catch (IOException e) {
            throw new MetricsDocumentException(name(file),
                    "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
