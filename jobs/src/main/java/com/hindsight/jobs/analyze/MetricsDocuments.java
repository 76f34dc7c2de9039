package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.metrics.MetricsContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Builds the per-incident metrics documents ({@code metrics/<incident_id>.json}) from the metrics
 * tables. Each section is aggregated per incident by Spark; the driver then receives one finished
 * document at a time ({@code toLocalIterator}), so its memory holds one incident's metrics, never
 * the raw posts. Timestamps are ISO-8601 with the session zone's offset; keys keep the tables'
 * snake_case column names; absent values are written as null, so every document has the same keys.
 */
public final class MetricsDocuments {
    static final Map<String, String> JSON_OPTIONS = Map.of(
            "timestampFormat", "yyyy-MM-dd'T'HH:mm:ssXXX", "dateFormat", "yyyy-MM-dd",
            "ignoreNullFields", "false");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsDocuments() {
    }

    /**
     * Streams one document per incident of {@code incidents} (columns id, bank, title, category,
     * opened_at, closed_at) to {@code sink}, as (incident id, UTF-8 JSON bytes), in id order.
     *
     * @param asOf the day the analysis is judged as of, written as {@code as_of}
     */
    public static void write(Dataset<Row> incidents, LocalDate asOf, List<MetricsSection> sections,
                             BiConsumer<String, byte[]> sink) {
        Dataset<Row> documents = incidents.select(col("id").as("incident_id"),
                struct(col("id"), col("bank"), col("title"), col("category"), col("opened_at"),
                        col("closed_at")).as(MetricsContract.INCIDENT_KEY));
        List<Column> parts = new ArrayList<>();
        parts.add(lit(MetricsContract.SCHEMA_VERSION).as(MetricsContract.SCHEMA_VERSION_KEY));
        parts.add(lit(asOf.toString()).as(MetricsContract.AS_OF_KEY));
        parts.add(col(MetricsContract.INCIDENT_KEY));
        for (MetricsSection section : sections) {
            documents = documents.join(aggregate(section), "incident_id", "left");
            parts.add(col(section.name()));
        }
        Dataset<Row> json = documents.select(col("incident_id"),
                to_json(struct(parts.toArray(Column[]::new)), JSON_OPTIONS).as("json"))
                .orderBy("incident_id");
        Iterator<Row> rows = json.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            sink.accept(row.getString(0), pretty(row.getString(1)));
        }
    }

    private static Dataset<Row> aggregate(MetricsSection section) {
        Dataset<Row> table = section.table();
        List<Column> fields = new ArrayList<>();
        for (String column : table.columns()) {
            if (!column.equals("incident_id")) {
                fields.add(col(column));
            }
        }
        Column value = struct(fields.toArray(Column[]::new));
        if (!section.isList()) {
            return table.groupBy("incident_id").agg(first(value).as(section.name()));
        }
        // sort by the order columns: put them first in a sort key, sort, then drop the key
        List<Column> keyed = new ArrayList<>();
        for (String column : section.orderBy()) {
            keyed.add(col(column).as("k_" + column));
        }
        keyed.add(value.as("v"));
        Column sorted = array_sort(collect_list(struct(keyed.toArray(Column[]::new))));
        return table.groupBy("incident_id")
                .agg(transform(sorted, entry -> entry.getField("v")).as(section.name()));
    }

    /**
     * One JSON document of small tables (the portfolio), each as a list of row objects in the
     * table's order. Collected on the driver: only for tables of one row per incident or fewer.
     */
    public static byte[] document(LocalDate asOf, Map<String, Dataset<Row>> tables) {
        ObjectNode root = JSON.createObjectNode();
        root.put(MetricsContract.SCHEMA_VERSION_KEY, MetricsContract.SCHEMA_VERSION);
        root.put(MetricsContract.AS_OF_KEY, asOf.toString());
        for (Map.Entry<String, Dataset<Row>> entry : tables.entrySet()) {
            var list = root.putArray(entry.getKey());
            Dataset<Row> json = entry.getValue()
                    .select(to_json(struct(col("*")), JSON_OPTIONS).as("json"));
            for (Row row : json.collectAsList()) {
                list.add(parse(row.getString(0)));
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pretty(String json) {
        try {
            return JSON.writeValueAsBytes(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
