package com.hindsight.jobs.analyze;

import static org.apache.spark.sql.functions.col;

import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.jobs.warehouse.ParquetFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which incidents an analyze run computes and which it keeps from the current analyze run.
 *
 * <p>An incident is kept when the current run (its base) was computed with the same settings
 * ({@link #SETTINGS_FILE}: {@link SettingsFingerprint}) and saw the same {@link IncidentInputs}
 * fingerprint for it: its rows of every per-incident table ({@link #complete}) are then copied
 * from the base. Every other incident (new, or with a post, action, inject or register row
 * added, removed or changed) is recomputed, and an incident gone from the inputs is dropped.
 * The steps over all incidents (complaints, severity, trends, review findings, playbook scores,
 * the documents) always run over the completed tables, so the result equals a run that computes
 * everything. A run computes everything ({@link #whole()}) with {@code --full}, when there is no
 * base, or when the base's settings differ or it has no fingerprints.
 *
 * <p>The tables computed from the complaints alone ({@link #COMPLAINT_TABLES}) are copied from
 * the base when its ingest run's complaints table had the same Parquet files as this run's
 * ({@link #COMPLAINTS_INPUT_FILE}): an incremental ingest carries an unchanged table's files over
 * under their names, and a written file's name is unique to the write that made it.
 */
final class AnalysisScope {
    /** The table of per-incident input fingerprints every analyze run writes. */
    static final String INPUTS_TABLE = "incident_inputs";
    /** The file holding the settings fingerprint every analyze run writes. */
    static final String SETTINGS_FILE = "analysis-settings.txt";
    /** The file naming the complaints table's Parquet files every analyze run read. */
    static final String COMPLAINTS_INPUT_FILE = "complaints-input.txt";
    /** The tables computed from the complaints and the settings only. */
    static final List<String> COMPLAINT_TABLES = List.of("complaint_sla", "complaint_backlog");
    private static final String PREVIOUS = "previous_fingerprint";

    private final SparkSession spark;
    private final PublishedRun base;
    private final String wholeReason;
    private final List<String> recomputed;
    private final Dataset<Row> recomputedIds;
    private final Dataset<Row> keptIds;
    private final long kept;
    private final boolean complaintsUnchanged;

    private AnalysisScope(SparkSession spark, PublishedRun base, String wholeReason,
                          List<String> recomputed, List<String> kept,
                          boolean complaintsUnchanged) {
        this.spark = spark;
        this.base = base;
        this.complaintsUnchanged = complaintsUnchanged;
        this.wholeReason = wholeReason;
        this.recomputed = recomputed;
        this.recomputedIds = recomputed == null ? null : ids(spark, recomputed);
        this.keptIds = kept == null ? null : ids(spark, kept);
        this.kept = kept == null ? 0 : kept.size();
    }

    /**
     * @param inputs   this run's fingerprints, as written ({@link IncidentInputs#of})
     * @param settings this run's settings fingerprint
     * @param complaintsInput this run's {@link #complaintsInput}
     * @param full     {@code --full}: compute everything whatever the base
     */
    static AnalysisScope decide(SparkSession spark, Optional<PublishedRun> base,
                                Dataset<Row> inputs, String settings, String complaintsInput,
                                boolean full) {
        if (full) {
            return whole(spark, "--full");
        }
        if (base.isEmpty()) {
            return whole(spark, "the first analyze run of this warehouse");
        }
        Optional<String> baseSettings = base.get().readText(SETTINGS_FILE);
        if (baseSettings.isEmpty()) {
            return whole(spark, "the current analyze run has no input fingerprints");
        }
        if (!baseSettings.get().equals(settings)) {
            return whole(spark, "settings, sentiment model or version changed since the current"
                    + " analyze run");
        }
        // one pass: each incident of this run with whether the base saw the same fingerprint
        Dataset<Row> previous = spark.read().parquet(base.get().location(INPUTS_TABLE))
                .withColumnRenamed(IncidentInputs.FINGERPRINT, PREVIOUS);
        List<String> recompute = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        for (Row row : inputs.join(previous, on(IncidentInputs.INCIDENT), "left")
                .select(col(IncidentInputs.INCIDENT), col(IncidentInputs.FINGERPRINT)
                        .eqNullSafe(col(PREVIOUS)))
                .collectAsList()) {
            (row.getBoolean(1) ? keep : recompute).add(row.getString(0));
        }
        recompute.sort(null);
        boolean complaintsUnchanged = base.get().readText(COMPLAINTS_INPUT_FILE)
                .filter(complaintsInput::equals).isPresent();
        return new AnalysisScope(spark, base.get(), null, recompute, keep, complaintsUnchanged);
    }

    private static AnalysisScope whole(SparkSession spark, String reason) {
        return new AnalysisScope(spark, null, reason, null, null, false);
    }

    /** The names of the Parquet files of the ingest run's complaints table, one per line. */
    static String complaintsInput(PublishedRun ingestRun) {
        StringBuilder names = new StringBuilder();
        for (String name : ingestRun.files("complaints")) {
            if (ParquetFiles.isDataFile(name)) {
                names.append(name).append('\n');
            }
        }
        return names.toString();
    }

    private static Dataset<Row> ids(SparkSession spark, List<String> incidents) {
        return spark.createDataset(incidents, Encoders.STRING()).toDF(IncidentInputs.INCIDENT);
    }

    /** Whether every incident is computed (no base is used). */
    boolean whole() {
        return base == null;
    }

    /** The run this one keeps incidents from; null when {@link #whole()}. */
    String baseRunId() {
        return base == null ? null : base.runId();
    }

    /** Why everything is computed; null when a base is used. */
    String wholeReason() {
        return wholeReason;
    }

    /** The incidents computed, in id order; null when {@link #whole()} (all of them). */
    List<String> recomputed() {
        return recomputed;
    }

    /** How many incidents were kept from the base. */
    long kept() {
        return kept;
    }

    /**
     * Whether the complaint tables ({@link #COMPLAINT_TABLES}) are the base's: same settings and
     * the same complaints table.
     */
    boolean complaintsUnchanged() {
        return complaintsUnchanged;
    }

    /** A table of the base run, read whole (a complaint table when {@link #complaintsUnchanged}). */
    Dataset<Row> baseTable(String table) {
        if (!complaintsUnchanged || !COMPLAINT_TABLES.contains(table)) {
            throw new IllegalStateException(table + " is not kept from the base run");
        }
        return spark.read().parquet(base.location(table));
    }

    /** The rows of a table keyed by incident_id that belong to the incidents computed. */
    Dataset<Row> restrict(Dataset<Row> byIncident) {
        if (whole()) {
            return byIncident;
        }
        return byIncident.join(recomputedIds, on(IncidentInputs.INCIDENT), "left_semi");
    }

    /**
     * A per-incident table for every incident: the rows computed by this run, and the base's
     * rows of the kept incidents (columns in the computed table's order).
     */
    Dataset<Row> complete(String table, Dataset<Row> computed) {
        if (whole()) {
            return computed;
        }
        Dataset<Row> keptRows = spark.read().parquet(base.location(table))
                .join(keptIds, on(IncidentInputs.INCIDENT), "left_semi");
        return computed.unionByName(keptRows.select(
                Arrays.stream(computed.columns()).map(functions::col)
                        .toArray(Column[]::new)));
    }

    private static Seq<String> on(String... columns) {
        return CollectionConverters.asScala(List.of(columns)).toSeq();
    }
}
