package com.hindsight.jobs.ingest;

import com.hindsight.jobs.read.ArchiveFiles;
import com.hindsight.jobs.read.SourceFile;
import com.hindsight.model.SourceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed in one table's files since the previous ingest run: the files to read (new or with
 * other content) and the files whose earlier records must go (changed or gone from the archive).
 *
 * @param read    files to read now
 * @param dropped paths (as rows name them in source_file) of files whose records from the previous
 *                run are dropped: every changed file (its new content replaces what it gave
 *                before) and every file no longer there
 * @param reused  files whose records are carried over from the previous run unread
 * @param merged  whether the table is merged into the previous run's (false: read whole)
 */
public record ArchiveDelta(List<SourceFile> read, List<String> dropped, int reused,
                           boolean merged) {
    public ArchiveDelta {
        read = List.copyOf(read);
        dropped = List.copyOf(dropped);
    }

    /** Everything is read: a full run, or a table without a usable previous run. */
    public static ArchiveDelta everything(List<SourceFile> files) {
        return new ArchiveDelta(files, List.of(), 0, false);
    }

    /** Compares the archive now against the previous run's manifest, for one table. */
    public static ArchiveDelta of(SourceTable table, ArchiveFiles archive, ArchiveManifest now,
                                  ArchiveManifest previous) {
        Map<String, ArchiveManifest.Entry> before = previous.byPath();
        Map<String, ArchiveManifest.Entry> after = now.byPath();
        List<SourceFile> read = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int reused = 0;
        for (SourceFile file : archive.filesOf(table)) {
            ArchiveManifest.Entry old = before.get(file.displayName());
            if (old == null) {
                read.add(file);
            } else if (!old.sha256().equals(after.get(file.displayName()).sha256())) {
                read.add(file);
                dropped.add(file.displayName());
            } else {
                reused++;
            }
        }
        for (ArchiveManifest.Entry old : previous.files()) {
            if (old.table().equals(table.tableName()) && !after.containsKey(old.path())) {
                dropped.add(old.path());
            }
        }
        return new ArchiveDelta(read, dropped, reused, true);
    }

    public boolean unchanged() {
        return read.isEmpty() && dropped.isEmpty();
    }
}
