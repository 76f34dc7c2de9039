package com.hindsight.jobs.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an index run got its documents: rebuilt from nothing, or the previous index run updated in
 * place. An update adds new documents, replaces changed ones, deletes those whose row is gone
 * and keeps the rest untouched; a rebuild adds every document.
 *
 * @param rebuildReason why the index was rebuilt ({@code "--full"}, {@code "first index run"},
 *                      ...); null for an update
 * @param baseRun       the index run updated; null for a rebuild
 * @param unread        of an update's documents, how many rows were taken from the previous
 *                      run's rows table without reading their ingest file again (it was carried
 *                      over unchanged); 0 for a rebuild
 */
public record IndexChanges(String rebuildReason, String baseRun, long added, long replaced,
                           long deleted, long kept, long unread) {

    public static IndexChanges rebuild(String reason, long added) {
        return new IndexChanges(reason, null, added, 0, 0, 0, 0);
    }

    public static IndexChanges update(String baseRun, long added, long replaced, long deleted,
                                      long kept, long unread) {
        return new IndexChanges(null, baseRun, added, replaced, deleted, kept, unread);
    }

    public boolean rebuilt() {
        return rebuildReason != null;
    }

    /** "rebuild" or "update". */
    public String mode() {
        return rebuilt() ? "rebuild" : "update";
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode());
        if (rebuilt()) {
            json.put("reason", rebuildReason);
        } else {
            json.put("base_index_run", baseRun);
        }
        json.put("added", added);
        json.put("replaced", replaced);
        json.put("deleted", deleted);
        json.put("kept", kept);
        if (!rebuilt()) {
            json.put("rows_unread", unread);
        }
        return json;
    }
}
