package com.hindsight.jobs.ingest;

import com.hindsight.search.IncidentQueryMatcher;
import com.hindsight.search.IncidentRule;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns the incident register into linking rules on the driver (the register has one row per
 * incident, not per post, so collecting it is cheap). An incident whose query is not valid Lucene
 * syntax keeps its record but links nothing; the problem is reported as a warning.
 */
public final class IncidentRules {
    private final List<IncidentRule> rules;
    private final List<String> warnings;

    private IncidentRules(List<IncidentRule> rules, List<String> warnings) {
        this.rules = List.copyOf(rules);
        this.warnings = List.copyOf(warnings);
    }

    public static IncidentRules from(Dataset<Row> incidents, IngestOptions options) {
        List<IncidentRule> rules = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Row> rows = incidents.select("id", "query", "opened_at", "closed_at", "source_file",
                "source_line").orderBy("id").collectAsList();
        for (Row row : rows) {
            String id = row.getString(0);
            String query = row.isNullAt(1) ? "" : row.getString(1);
            long opened = ((Timestamp) row.get(2)).getTime();
            long closed = row.isNullAt(3) ? opened + options.openIncidentSpan().toMillis()
                    : Math.max(opened, ((Timestamp) row.get(3)).getTime());
            IncidentRule rule = new IncidentRule(id, query, opened - millis(options.linkLead()),
                    closed + millis(options.linkTail()), opened);
            Optional<String> problem = IncidentQueryMatcher.problemWith(rule);
            if (problem.isPresent()) {
                warnings.add(row.getString(4) + " line " + row.getLong(5) + ": incident " + id
                        + " links nothing by query: " + problem.get());
                rule = new IncidentRule(id, "", rule.windowStartMillis(), rule.windowEndMillis(),
                        opened);
            }
            rules.add(rule);
        }
        return new IncidentRules(rules, warnings);
    }

    private static long millis(Duration duration) {
        return duration.toMillis();
    }

    public List<IncidentRule> rules() {
        return rules;
    }

    public List<String> warnings() {
        return warnings;
    }
}
