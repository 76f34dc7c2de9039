package com.hindsight.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.reports.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The settings of hindsight, in one immutable record. Built by the command line: flags first,
 * then the JSON config file (--config), then {@link #defaults()}. Keys in the file are the
 * snake_case names of the components, e.g. {@code {"time_zone": "Asia/Shanghai"}}.
 */
public record HindsightConfig(String timeZone, Integer maxRecordBytes, Integer linkLeadHours,
                              Integer linkTailHours, Integer openIncidentDays, Integer keepRuns,
                              Integer shufflePartitions, String language) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The settings of the Spark stages; the report language left unset. */
    public HindsightConfig(String timeZone, Integer maxRecordBytes, Integer linkLeadHours,
                           Integer linkTailHours, Integer openIncidentDays, Integer keepRuns,
                           Integer shufflePartitions) {
        this(timeZone, maxRecordBytes, linkLeadHours, linkTailHours, openIncidentDays, keepRuns,
                shufflePartitions, null);
    }

    public static HindsightConfig defaults() {
        return new HindsightConfig("Asia/Shanghai", IngestOptions.DEFAULT_MAX_RECORD_BYTES, 72, 72,
                30, 3, 8, Language.EN.code());
    }

    public static HindsightConfig empty() {
        return new HindsightConfig(null, null, null, null, null, null, null, null);
    }

    /**
     * The settings a command runs with: its flags first, then the config file (none when
     * {@code file} is null), then the defaults.
     */
    public static HindsightConfig resolve(HindsightConfig flags, Path file) {
        return flags.orElse(file == null ? empty() : read(file)).orElse(defaults());
    }

    /** Reads a config file; a bad file is a usage error naming the file and the problem. */
    public static HindsightConfig read(Path file) {
        try {
            return JSON.readValue(Files.readAllBytes(file), HindsightConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("config file " + file + ": unknown setting \""
                    + e.getPropertyName() + "\" (known: time_zone, max_record_bytes, link_lead_hours,"
                    + " link_tail_hours, open_incident_days, keep_runs, shuffle_partitions, language)");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("config file " + file + " line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("config file " + file + " cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    /** This config where set, else {@code fallback}. */
    public HindsightConfig orElse(HindsightConfig fallback) {
        return new HindsightConfig(
                timeZone != null ? timeZone : fallback.timeZone,
                maxRecordBytes != null ? maxRecordBytes : fallback.maxRecordBytes,
                linkLeadHours != null ? linkLeadHours : fallback.linkLeadHours,
                linkTailHours != null ? linkTailHours : fallback.linkTailHours,
                openIncidentDays != null ? openIncidentDays : fallback.openIncidentDays,
                keepRuns != null ? keepRuns : fallback.keepRuns,
                shufflePartitions != null ? shufflePartitions : fallback.shufflePartitions,
                language != null ? language : fallback.language);
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time zone \"" + timeZone
                    + "\" is not a zone id (e.g. Asia/Shanghai, UTC, +08:00)");
        }
    }

    /** The language of reports ({@code zh} or {@code en}); another value is a usage error. */
    public Language reportLanguage() {
        return Language.parse(language);
    }

    /** The ingest settings; invalid values are usage errors. */
    public IngestOptions ingestOptions() {
        return new IngestOptions(zone(), maxRecordBytes, Duration.ofHours(linkLeadHours),
                Duration.ofHours(linkTailHours), Duration.ofDays(openIncidentDays), keepRuns);
    }
}
