package com.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.core.UserErrorException;
import com.hindsight.jobs.analyze.AnalyzeOptions;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.model.TimestampFormats;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookFile;
import com.hindsight.reports.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The settings of hindsight, in one immutable record. Built by the command line: flags first,
 * then the JSON config file (--config), then {@link #defaults()}. Keys in the file are the
 * snake_case names of the components, e.g. {@code {"time_zone": "Asia/Shanghai"}}, with the
 * analyze stage's settings in {@code "analysis"} ({@link AnalysisSettings}) and folders in
 * {@code "paths"} ({@link PathSettings}); docs/configuration.md lists every key. Built in code
 * by field name: {@code HindsightConfig.builder().keepRuns(5).build()}. The defaults are the
 * {@code DEFAULT_} constants, which the options' help texts name too, and the stages' own
 * defaults ({@link IngestOptions#defaults()}, {@code AnalyzeOptions.defaults()}).
 */
public record HindsightConfig(String timeZone, Integer maxRecordBytes, Integer linkLeadHours,
                              Integer linkTailHours, Integer openIncidentDays, Integer keepRuns,
                              Integer shufflePartitions, String language, String playbook,
                              AnalysisSettings analysis, PathSettings paths) {
    public static final String DEFAULT_TIME_ZONE = TimestampFormats.DEFAULT_ZONE;
    public static final int DEFAULT_KEEP_RUNS = 3;
    public static final int DEFAULT_SHUFFLE_PARTITIONS = 8;
    public static final int DEFAULT_MAX_RECORD_BYTES = IngestOptions.DEFAULT_MAX_RECORD_BYTES;
    public static final String DEFAULT_LANGUAGE = "en";

    public HindsightConfig {
        analysis = analysis == null ? AnalysisSettings.empty() : analysis;
        paths = paths == null ? PathSettings.empty() : paths;
    }

    /** The defaults; ingest's come from {@link IngestOptions#defaults()}, their one place. */
    public static HindsightConfig defaults() {
        IngestOptions ingest = IngestOptions.defaults();
        return builder().timeZone(ingest.timeZone().getId())
                .maxRecordBytes(ingest.maxRecordBytes())
                .linkLeadHours((int) ingest.linkLead().toHours())
                .linkTailHours((int) ingest.linkTail().toHours())
                .openIncidentDays((int) ingest.openIncidentSpan().toDays())
                .keepRuns(DEFAULT_KEEP_RUNS).shufflePartitions(DEFAULT_SHUFFLE_PARTITIONS)
                .language(DEFAULT_LANGUAGE).analysis(AnalysisSettings.defaults()).build();
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

    /**
     * Reads a config file, checking every key: a bad file is a user error naming the file, the
     * line, the key path and the reason ({@link ConfigFileException} has every problem).
     */
    public static HindsightConfig read(Path file) {
        ConfigProblems problems = new ConfigProblems(file);
        ConfigSection top = new ConfigSection(ConfigFileParser.parse(file), problems);
        HindsightConfig config = builder()
                .timeZone(top.text("time_zone", HindsightConfig::zoneProblem))
                .maxRecordBytes(top.whole("max_record_bytes", 1))
                .linkLeadHours(top.whole("link_lead_hours", 0))
                .linkTailHours(top.whole("link_tail_hours", 0))
                .openIncidentDays(top.whole("open_incident_days", 0))
                .keepRuns(top.whole("keep_runs", 1))
                .shufflePartitions(top.whole("shuffle_partitions", 1))
                .language(top.text("language", HindsightConfig::languageProblem))
                .playbook(top.text("playbook", HindsightConfig::playbookProblem))
                .analysis(AnalysisSettings.read(top.section("analysis")))
                .paths(PathSettings.read(top.section("paths")))
                .build();
        top.finish();
        problems.throwIfAny();
        return config;
    }

    /** These settings as a config file has them, every key present (null: not set). */
    String toJson() {
        ObjectNode json = ConfigJson.object();
        json.put("time_zone", timeZone);
        json.put("max_record_bytes", maxRecordBytes);
        json.put("link_lead_hours", linkLeadHours);
        json.put("link_tail_hours", linkTailHours);
        json.put("open_incident_days", openIncidentDays);
        json.put("keep_runs", keepRuns);
        json.put("shuffle_partitions", shufflePartitions);
        json.put("language", language);
        json.put("playbook", playbook);
        analysis.write(json.putObject("analysis"));
        paths.write(json.putObject("paths"));
        return ConfigJson.text(json);
    }

    private static String zoneProblem(String zone) {
        try {
            ZoneId.of(zone);
            return null;
        } catch (DateTimeException e) {
            return "\"" + zone + "\" is not a zone id (e.g. Asia/Shanghai, UTC, +08:00)";
        }
    }

    private static String languageProblem(String language) {
        try {
            Language.parse(language);
            return null;
        } catch (UserErrorException e) {
            return "\"" + language + "\" is not a report language (zh or en)";
        }
    }

    private static String playbookProblem(String playbook) {
        Path path = Path.of(playbook);
        return Files.isRegularFile(path) ? null : "playbook file " + playbook + " does not exist"
                + (path.isAbsolute() ? "" : " (relative to the folder the command runs in: "
                + path.toAbsolutePath().normalize() + ")");
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
                playbook != null ? playbook : fallback.playbook,
                analysis.orElse(fallback.analysis), paths.orElse(fallback.paths));
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

    /** The analyze stage's settings; invalid values are user errors. */
    public AnalyzeOptions analyzeOptions() {
        return analysis.toOptions();
    }

    /** The warehouse folder: --warehouse, else {@code paths.warehouse} of the config file. */
    public String warehouseLocation() {
        if (paths.warehouse() == null) {
            throw new UserErrorException("no warehouse: give --warehouse DIR, or set"
                    + " \"paths\": {\"warehouse\": \"DIR\"} in the --config file");
        }
        return paths.warehouse();
    }

    /** The archive folder: --input, else {@code paths.archive} of the config file. */
    public String archiveLocation() {
        if (paths.archive() == null) {
            throw new UserErrorException("no archive: give --input DIR, or set"
                    + " \"paths\": {\"archive\": \"DIR\"} in the --config file");
        }
        return paths.archive();
    }

    /**
     * Checks every resolved setting as the stages would before they start (zone, language,
     * playbook file and its steps, ingest and analyze options), so that {@code hindsight config
     * check} fails where a night would.
     */
    public void check() {
        zone();
        reportLanguage();
        scoringPlaybook();
        ingestOptions();
        analyzeOptions();
        if (shufflePartitions < 1) {
            throw new UserErrorException("shuffle_partitions (--shuffle-partitions) must be 1 or"
                    + " more: " + shufflePartitions);
        }
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
        private AnalysisSettings analysis = AnalysisSettings.empty();
        private PathSettings paths = PathSettings.empty();

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

        Builder analysis(AnalysisSettings value) {
            analysis = value;
            return this;
        }

        Builder paths(PathSettings value) {
            paths = value;
            return this;
        }

        /** The --input flag (null: the config file's {@code paths.archive}). */
        public Builder archive(String value) {
            paths = new PathSettings(value, paths.warehouse());
            return this;
        }

        /** The --warehouse flag (null: the config file's {@code paths.warehouse}). */
        public Builder warehouse(String value) {
            paths = new PathSettings(paths.archive(), value);
            return this;
        }

        public HindsightConfig build() {
            return new HindsightConfig(timeZone, maxRecordBytes, linkLeadHours, linkTailHours,
                    openIncidentDays, keepRuns, shufflePartitions, language, playbook, analysis,
                    paths);
        }
    }
}
