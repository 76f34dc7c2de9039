package com.hindsight.jobs.analyze;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One section of an incident's metrics document: a metrics table with an {@code incident_id}
 * column, shown either as one object (a table with one row per incident) or as a list ordered by
 * {@code orderBy}.
 */
public record MetricsSection(String name, Dataset<Row> table, boolean isList, List<String> orderBy) {
    public MetricsSection {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(table, "table is null");
        orderBy = List.copyOf(orderBy);
        if (!List.of(table.columns()).contains("incident_id")) {
            throw new IllegalArgumentException("metrics section " + name + " has no incident_id");
        }
    }

    public static MetricsSection object(String name, Dataset<Row> table) {
        return new MetricsSection(name, table, false, List.of());
    }

    public static MetricsSection list(String name, Dataset<Row> table, String... orderBy) {
        return new MetricsSection(name, table, true, List.of(orderBy));
    }
}
