package com.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "paths"} section of the config file: the folders a command would otherwise need as
 * flags, each null when unset. A flag wins over the file (--input over {@code archive},
 * --warehouse over {@code warehouse}). Local paths are relative to the folder the command runs
 * in; a Hadoop URI (hdfs://...) works where the flag takes one. A new path setting is a component
 * here, a line in {@link #read}, {@link #write} and {@link #orElse}, and its flag's fallback.
 *
 * @param archive   the archive folder ingest and nightly read (--input)
 * @param warehouse the warehouse folder every stage, search and serve use (--warehouse)
 */
record PathSettings(String archive, String warehouse) {
    static PathSettings empty() {
        return new PathSettings(null, null);
    }

    PathSettings orElse(PathSettings fallback) {
        return new PathSettings(archive != null ? archive : fallback.archive,
                warehouse != null ? warehouse : fallback.warehouse);
    }

    /** Reads the {@code paths} section; null reads as {@link #empty()}. */
    static PathSettings read(ConfigSection section) {
        if (section == null) {
            return empty();
        }
        PathSettings paths = new PathSettings(section.text("archive", path -> null),
                section.text("warehouse", path -> null));
        section.finish();
        return paths;
    }

    /** Writes these paths as the {@code paths} section reads them (null: not set). */
    void write(ObjectNode paths) {
        paths.put("archive", archive);
        paths.put("warehouse", warehouse);
    }
}
