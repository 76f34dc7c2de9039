package com.hindsight.jobs.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What ingest did with one table. {@code read = accepted + quarantined + duplicates} always holds.
 *
 * @param linkedByQuery records that came without incident_id and were linked by a query
 * @param unlinked      accepted records that belong to no incident
 * @param linkedByQueryReach the reach linking recovered: followers of the authors of the posts
 *                      linked by a query (0 for tables without followers)
 */
public record TableCounts(int files, long read, long accepted, long quarantined,
                          Map<String, Long> quarantinedByReason, long duplicates,
                          long linkedByQuery, long unlinked, long linkedByQueryReach) {
    public TableCounts {
        quarantinedByReason = new TreeMap<>(quarantinedByReason);
        if (read != accepted + quarantined + duplicates) {
            throw new IllegalArgumentException("counts do not add up: read " + read + " != accepted "
                    + accepted + " + quarantined " + quarantined + " + duplicates " + duplicates);
        }
    }
}
