package com.hindsight.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.hindsight.core.UserErrorException;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.model.TimestampFormats;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookFile;
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
 * snake_case names of the components, e.g. {@code {"time_zone": "Asia/Shanghai"}}. Built in code
 * by field name: {@code HindsightConfig.builder().keepRuns(5).build()}. The defaults are the
 * {@code DEFAULT_} constants, which the options' help texts name too.
 */
public record HindsightConfig(String timeZone, Integer maxRecordBytes, Integer linkLeadHours,
                              Integer linkTailHours, Integer openIncidentDays, Integer keepRuns,
                              Integer shufflePartitions, String language, String playbook) {
    public static final String DEFAULT_TIME_ZONE = TimestampFormats.DEFAULT_ZONE;
    public static final int DEFAULT_KEEP_RUNS = 3;
    public static final int DEFAULT_SHUFFLE_PARTITIONS = 8;
    public static final int DEFAULT_MAX_RECORD_BYTES = IngestOptions.DEFAULT_MAX_RECORD_BYTES;
    public static final String DEFAULT_LANGUAGE = "en";
    private static final String KNOWN = "time_zone, max_record_bytes, link_lead_hours,"
            + " link_tail_hours, open_incident_days, keep_runs, shuffle_partitions, language,"
            + " playbook";

    /** The defaults; ingest's come from {@link IngestOptions#defaults()}, their one place. */
    public static HindsightConfig defaults() {
        IngestOptions ingest = IngestOptions.defaults();
        return builder().timeZone(ingest.timeZone().getId())
                .maxRecordBytes(ingest.maxRecordBytes())
                .linkLeadHours((int) ingest.linkLead().toHours())
                .linkTailHours((int) ingest.linkTail().toHours())
                .openIncidentDays((int) ingest.openIncidentSpan().toDays())
                .keepRuns(DEFAULT_KEEP_RUNS).shufflePartitions(DEFAULT_SHUFFLE_PARTITIONS)
                .language(DEFAULT_LANGUAGE).build();
    }

    public static HindsightConfig empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The settings a command runs with: its flags first, then the config file (none when
     * {@code file} is null), then the defaults.
     */
    public static HindsightConfig resolve(HindsightConfig flags, Path file) {
        return flags.orElse(file == null ? empty() : read(file)).orElse(defaults());
    }

    /** Reads a config file; a bad file is a user error naming the file and the problem. */
    public static HindsightConfig read(Path file) {
        try {
            return ConfigFileReader.JSON.readValue(Files.readAllBytes(file), HindsightConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new UserErrorException("config file " + file + ": unknown setting \""
                    + e.getPropertyName() + "\" (known: " + KNOWN + ")");
        } catch (JsonProcessingException e) {
            throw new UserErrorException("config file " + file + " line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserErrorException("config file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
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
                language != null ? language : fallback.language,
                playbook != null ? playbook : fallback.playbook);
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new UserErrorException("time zone \"" + timeZone
                    + "\" is not a zone id (e.g. Asia/Shanghai, UTC, +08:00)");
        }
    }

    /** The language of reports ({@code zh} or {@code en}); another value is a user error. */
    public Language reportLanguage() {
        return Language.parse(language);
    }

    /**
     * The playbook incidents and drills are scored against: the file {@code playbook} names (a
     * path, relative to the working folder), or the built-in one when none is set. A bad file is
     * a user error naming the file, the step and the problem.
     */
    public Playbook scoringPlaybook() {
        return PlaybookFile.loadOrDefault(playbook == null ? null : Path.of(playbook));
    }

    /** Published runs to keep per stage; below 1 is a user error. */
    public int keepRunsChecked() {
        if (keepRuns < 1) {
            throw new UserErrorException("keep_runs (--keep-runs) must be 1 or more: " + keepRuns);
        }
        return keepRuns;
    }

    /** The ingest settings; invalid values are user errors. */
    public IngestOptions ingestOptions() {
        try {
            return new IngestOptions(zone(), maxRecordBytes, Duration.ofHours(linkLeadHours),
                    Duration.ofHours(linkTailHours), Duration.ofDays(openIncidentDays),
                    keepRunsChecked());
        } catch (IllegalArgumentException e) {
            throw new UserErrorException("setting: " + e.getMessage());
        }
    }

    /** Jackson, loaded only when there is a config file to read (a search starts faster). */
    private static final class ConfigFileReader {
        static final ObjectMapper JSON = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Builds a config by field name; unset fields fall back to the file, then the defaults. */
    public static final class Builder {
        private String timeZone;
        private Integer maxRecordBytes;
        private Integer linkLeadHours;
        private Integer linkTailHours;
        private Integer openIncidentDays;
        private Integer keepRuns;
        private Integer shufflePartitions;
        private String language;
        private String playbook;

        public Builder timeZone(String value) {
            timeZone = value;
            return this;
        }

        public Builder maxRecordBytes(Integer value) {
            maxRecordBytes = value;
            return this;
        }

        public Builder linkLeadHours(Integer value) {
            linkLeadHours = value;
            return this;
        }

        public Builder linkTailHours(Integer value) {
            linkTailHours = value;
            return this;
        }

        public Builder openIncidentDays(Integer value) {
            openIncidentDays = value;
            return this;
        }

        public Builder keepRuns(Integer value) {
            keepRuns = value;
            return this;
        }

        public Builder shufflePartitions(Integer value) {
            shufflePartitions = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder playbook(String value) {
            playbook = value;
            return this;
        }

        public HindsightConfig build() {
            return new HindsightConfig(timeZone, maxRecordBytes, linkLeadHours, linkTailHours,
                    openIncidentDays, keepRuns, shufflePartitions, language, playbook);
        }
    }
}
