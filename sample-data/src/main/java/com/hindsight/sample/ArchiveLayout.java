package com.hindsight.sample;

import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where each kind of record goes in an archive, and which files are the generator's (so a re-run
 * replaces exactly those and leaves anything else in the folder alone).
 *
 * <pre>
 * media/social-00000.jsonl.gz ...   Weibo, WeChat, Douyin, Kuaishou, Twitter, Facebook posts
 * media/forum-00000.jsonl ...       forum posts, uncompressed
 * media/news-00000.csv ...          news articles
 * complaints/complaints-00000.csv ...   complaints of all channels but branch
 * complaints/branch-export.xlsx     complaints made at branch counters
 * incidents/register.csv            the incident register
 * actions/timeline.csv              the response timeline
 * reviews/INC-2024-001.json ...     one post-incident review per closed incident
 * incidents/drill-register.csv, injects/drill-injects.csv, actions/drill-timeline.csv,
 * media/drill-00000.jsonl, complaints/drill-00000.csv
 *                                   the Huarui drill ({@link HuaruiDrill}), in files of its own
 * media/malformed-demo.jsonl, media/truncated-demo.jsonl.gz, complaints/malformed-demo.csv
 *                                   bad records, only with --malformed
 * </pre>
 *
 * <p>The folders are the data contract's ({@link SourceTable#folder()}); the files are written,
 * sharded and named by {@link ArchiveWriter}, which the converters of public datasets use too.
 */
final class ArchiveLayout {
    private ArchiveLayout() {
    }

    /** Records per shard; a shard is closed and the next opened when it is full. */
    static final long RECORDS_PER_SHARD = 250_000;

    static final String SOCIAL = "social";
    static final String FORUM = "forum";
    static final String NEWS = "news";
    static final String COMPLAINTS = "complaints";
    static final String BRANCH_EXPORT = "branch-export.xlsx";
    static final String REGISTER = "register.csv";
    static final String TIMELINE = "timeline.csv";
    static final String MALFORMED_MEDIA = "malformed-demo.jsonl";
    static final String TRUNCATED_MEDIA = "truncated-demo.jsonl.gz";
    static final String MALFORMED_COMPLAINTS = "malformed-demo.csv";

    /** File names the generator owns, by folder. */
    private static final List<Pattern> MEDIA_FILES = List.of(
            ArchiveWriter.shardPattern(SOCIAL, ArchiveWriter.JSON_LINES_GZIP),
            ArchiveWriter.shardPattern(FORUM, ArchiveWriter.JSON_LINES),
            ArchiveWriter.shardPattern(NEWS, ArchiveWriter.CSV), Pattern.compile(Pattern.quote(MALFORMED_MEDIA)),
            Pattern.compile(Pattern.quote(TRUNCATED_MEDIA)),
            ArchiveWriter.shardPattern(HuaruiDrill.SHARDS, ArchiveWriter.JSON_LINES));
    private static final List<Pattern> COMPLAINT_FILES = List.of(
            ArchiveWriter.shardPattern(COMPLAINTS, ArchiveWriter.CSV), Pattern.compile(Pattern.quote(BRANCH_EXPORT)),
            Pattern.compile(Pattern.quote(MALFORMED_COMPLAINTS)),
            ArchiveWriter.shardPattern(HuaruiDrill.SHARDS, ArchiveWriter.CSV));
    private static final List<Pattern> INCIDENT_FILES = List.of(Pattern.compile(Pattern.quote(REGISTER)),
            Pattern.compile(Pattern.quote(HuaruiDrill.REGISTER)));
    private static final List<Pattern> ACTION_FILES = List.of(Pattern.compile(Pattern.quote(TIMELINE)),
            Pattern.compile(Pattern.quote(HuaruiDrill.TIMELINE)));
    private static final List<Pattern> INJECT_FILES = List.of(
            Pattern.compile(Pattern.quote(HuaruiDrill.INJECTS)));
    private static final List<Pattern> REVIEW_FILES = List.of(Pattern.compile("INC-\\d{4}-\\d{3,}\\.json"));

    static List<Pattern> generatorFiles(SourceTable table) {
        switch (table) {
            case MEDIA:
                return MEDIA_FILES;
            case COMPLAINTS:
                return COMPLAINT_FILES;
            case INCIDENTS:
                return INCIDENT_FILES;
            case ACTIONS:
                return ACTION_FILES;
            case INJECTS:
                return INJECT_FILES;
            default:
                return REVIEW_FILES;
        }
    }

    static boolean isGeneratorFile(SourceTable table, String fileName) {
        for (Pattern p : generatorFiles(table)) {
            if (p.matcher(fileName).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The generator's files in one folder of an archive, sorted by name. */
    static List<Path> generatorFiles(Path archive, SourceTable table) throws IOException {
        Path folder = ArchiveWriter.folder(archive, table);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(p -> Files.isRegularFile(p) && isGeneratorFile(table, p.getFileName().toString()))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
