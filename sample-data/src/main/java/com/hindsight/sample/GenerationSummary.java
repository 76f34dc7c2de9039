package com.hindsight.sample;

import com.hindsight.model.SourceTable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ArchiveGenerator#generate} wrote, per folder of the archive. The numbers are the
 * expectations an ingest run over the archive can be checked against: it should accept
 * {@code records} per table, drop {@code duplicates} and quarantine {@code malformed}.
 *
 * @param archive the archive folder
 * @param config  the configuration it was generated with
 * @param folders one summary per source table, in {@link SourceTable} order
 */
public record GenerationSummary(Path archive, GeneratorConfig config, Map<SourceTable, FolderSummary> folders) {

    public GenerationSummary {
        Objects.requireNonNull(archive, "archive is null");
        Objects.requireNonNull(config, "config is null");
        EnumMap<SourceTable, FolderSummary> copy = new EnumMap<>(SourceTable.class);
        copy.putAll(folders);
        for (SourceTable table : SourceTable.values()) {
            if (!copy.containsKey(table)) {
                throw new IllegalArgumentException("no summary for folder " + table.folder());
            }
        }
        folders = Collections.unmodifiableMap(copy);
    }

    public FolderSummary folder(SourceTable table) {
        return folders.get(table);
    }

    /** Distinct posts, news articles included. */
    public long posts() {
        return folder(SourceTable.MEDIA).records();
    }

    public long complaints() {
        return folder(SourceTable.COMPLAINTS).records();
    }

    public long incidents() {
        return folder(SourceTable.INCIDENTS).records();
    }

    /** Rows of the response timeline. */
    public long actions() {
        return folder(SourceTable.ACTIONS).records();
    }

    public long reviews() {
        return folder(SourceTable.REVIEWS).records();
    }

    /** Duplicate copies over all folders (only posts have them). */
    public long duplicates() {
        return folders.values().stream().mapToLong(FolderSummary::duplicates).sum();
    }

    /** Malformed records over all folders, by kind. */
    public Map<MalformedKind, Long> malformed() {
        EnumMap<MalformedKind, Long> total = new EnumMap<>(MalformedKind.class);
        for (FolderSummary f : folders.values()) {
            f.malformed().forEach((kind, count) -> total.merge(kind, count, Long::sum));
        }
        return Collections.unmodifiableMap(total);
    }

    public int files() {
        return folders.values().stream().mapToInt(FolderSummary::files).sum();
    }
}
