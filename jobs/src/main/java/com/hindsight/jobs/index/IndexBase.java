package com.hindsight.jobs.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.CaseIndexSchema;
import com.hindsight.search.cases.PublishedIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.lucene.util.Version;

/**
 * What an index run starts from: the current published index run, updated in place, or nothing
 * (a rebuild), with the reason. A run is updated only when it was written in the same
 * {@link #FORMAT} (schema version and Lucene version: documents made by the same rules, files
 * the same writer appends to) and holds both its Lucene folder and its {@link IndexedRows}
 * table. Settings that shape a document's content (the playbook behind {@code playbook_missed})
 * need no check here: they are part of each document's hash, so a change re-indexes exactly the
 * documents it changes.
 *
 * @param previous      the run to update; empty for a rebuild
 * @param rebuildReason why the index is rebuilt; null when it is updated
 */
record IndexBase(Optional<PublishedRun> previous, String rebuildReason) {
    /** The format of the index this version writes, recorded in index-summary.json. */
    static final String FORMAT = "case-index-" + CaseIndexSchema.VERSION + "/lucene-" + Version.LATEST;
    /** The key of {@link #FORMAT} in index-summary.json. */
    static final String FORMAT_KEY = "index_format";

    static final String FULL = "--full";
    static final String FIRST_RUN = "first index run";
    static final String FORMAT_CHANGED = "index schema or Lucene version changed";
    static final String INCOMPLETE = "the current index run has no Lucene folder or rows table";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param indexFolder where index runs are published (the warehouse, or --index-dir)
     * @param full        rebuild whatever the folder holds
     */
    static IndexBase of(Warehouse indexFolder, boolean full) {
        if (full) {
            return rebuild(FULL);
        }
        Optional<PublishedRun> current = indexFolder.currentRun(Stage.INDEX);
        if (current.isEmpty()) {
            return rebuild(FIRST_RUN);
        }
        PublishedRun run = current.get();
        if (!FORMAT.equals(formatOf(run))) {
            return rebuild(FORMAT_CHANGED);
        }
        if (!Files.isDirectory(run.localPath(PublishedIndex.LUCENE_FOLDER))
                || !Files.isDirectory(run.localPath(IndexedRows.FOLDER))) {
            return rebuild(INCOMPLETE);
        }
        return new IndexBase(current, null);
    }

    boolean updates() {
        return previous.isPresent();
    }

    private static IndexBase rebuild(String reason) {
        return new IndexBase(Optional.empty(), reason);
    }

    /** The format a run's summary records; null when it records none or cannot be read. */
    private static String formatOf(PublishedRun run) {
        try {
            JsonNode format = JSON.readTree(run.read(Stage.INDEX.summaryFile())).get(FORMAT_KEY);
            return format == null ? null : format.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
