package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.hindsight.model.SourceTable;
import com.hindsight.search.IncidentQueryMatcher;
import com.hindsight.search.IncidentRule;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.reflect.ClassTag$;

/**
 * Links posts and complaints that came without an incident_id to an incident of the register: the
 * record's time must fall inside the incident's window and its text (and title) must match the
 * incident's Lucene query. The register is small, so its rules are built on the driver and
 * broadcast; each Spark task compiles them once and matches its records one by one with an
 * in-memory Lucene index. Records that already name an incident keep it.
 */
public final class IncidentLinker {
    /** How a record got its incident: {@value #FROM_ARCHIVE}, {@value #BY_QUERY} or null. */
    public static final String LINK_COLUMN = "incident_link";
    public static final String FROM_ARCHIVE = "archive";
    public static final String BY_QUERY = "query";

    private final SparkSession spark;
    private final List<IncidentRule> rules;

    /** @param rules the incidents' rules, already checked (see {@link IncidentRules}) */
    public IncidentLinker(SparkSession spark, List<IncidentRule> rules) {
        this.spark = spark;
        this.rules = List.copyOf(rules);
    }

    /**
     * Records as they were before {@link #link}: the incident a query gave is taken away again,
     * the one the archive named is kept, and the link column is dropped.
     */
    public static Dataset<Row> unlinked(Dataset<Row> linked) {
        return linked.withColumn("incident_id", when(col(LINK_COLUMN).equalTo(lit(BY_QUERY)),
                        lit(null).cast(DataTypes.StringType)).otherwise(col("incident_id")))
                .drop(LINK_COLUMN);
    }

    public Dataset<Row> link(Dataset<Row> records, SourceTable table) {
        if (!table.isAssignableToIncident()) {
            throw new IllegalArgumentException(table + " records are not linked to incidents");
        }
        Dataset<Row> marked = records.withColumn(LINK_COLUMN,
                when(col("incident_id").isNotNull(), lit(FROM_ARCHIVE))
                        .otherwise(lit(null).cast(DataTypes.StringType)));
        if (rules.stream().noneMatch(r -> !r.query().isBlank())) {
            return marked;
        }
        StructType schema = marked.schema();
        Broadcast<ArrayList<IncidentRule>> shared = spark.sparkContext().broadcast(
                new ArrayList<>(rules), ClassTag$.MODULE$.apply(ArrayList.class));
        int incident = schema.fieldIndex("incident_id");
        int link = schema.fieldIndex(LINK_COLUMN);
        int text = schema.fieldIndex("text");
        int title = schema.getFieldIndex("title").isDefined() ? schema.fieldIndex("title") : -1;
        int time = schema.fieldIndex(table.eventTimeField());
        var linkPartition = new LinkPartition(shared, incident, link, text, title, time);
        return marked.mapPartitions(linkPartition, Encoders.row(schema));
    }

    /** Links the records of one partition; compiled once per task from the broadcast rules. */
    private record LinkPartition(Broadcast<ArrayList<IncidentRule>> rules, int incident, int link,
                                 int text, int title, int time)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(rules.value());
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    return linked(rows.next(), matcher);
                }
            };
        }

        private Row linked(Row row, IncidentQueryMatcher matcher) {
            if (!row.isNullAt(incident)) {
                return row;
            }
            long millis = ((Timestamp) row.get(time)).getTime();
            Optional<String> match = matcher.match(row.getString(text),
                    title < 0 ? null : row.getString(title), millis);
            if (match.isEmpty()) {
                return row;
            }
            Object[] values = new Object[row.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            values[incident] = match.get();
            values[link] = BY_QUERY;
            return RowFactory.create(values);
        }
    }
}
