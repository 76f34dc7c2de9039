package com.hindsight.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DuckDB baseline of bench/run: the same archive, the nearest DuckDB equivalent of one
 * Hindsight stage per process, so that each gets its own wall time and max RSS.
 *
 * <pre>
 * DuckDbBaseline ingest   ARCHIVE OUT   archive -> OUT/posts.parquet, complaints.parquet, ...
 * DuckDbBaseline hourly   ARCHIVE OUT   OUT/posts.parquet -> OUT/hourly_volume.parquet
 * DuckDbBaseline cascades ARCHIVE OUT   OUT/posts.parquet -> OUT/cascades.parquet, cascade_summary
 * </pre>
 *
 * Prints one line {@code duckdb step=<step> seconds=<s> rows=<n>}; the seconds are the SQL time
 * inside the process (JVM start and loading DuckDB's native library are outside them; bench/run
 * also measures the whole process).
 *
 * <p>What DuckDB does here and Hindsight does not, or the other way round, is listed in
 * docs/benchmarks.md ("What the DuckDB baseline does not do"). In short: values are trimmed,
 * enums lower-cased, timestamps of all four generator forms normalised to UTC, numbers and
 * booleans cast, phones/IDs/cards masked in their fields and (approximately) in free text,
 * duplicates dropped by latest version; but no per-record validation with a quarantine, no line
 * numbers, no .xlsx, and no linking of posts to incidents by Lucene query.
 */
public final class DuckDbBaseline {
    private DuckDbBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DuckDbBaseline ingest|hourly|cascades ARCHIVE OUT");
            System.exit(2);
        }
        String step = args[0];
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path out = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(out);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("SET temp_directory = " + quote(out.resolve("tmp").toString()));
            long start = System.nanoTime();
            long rows;
            switch (step) {
                case "ingest" -> rows = ingest(statement, archive, out);
                case "hourly" -> rows = hourly(statement, out);
                case "cascades" -> rows = cascades(statement, out);
                default -> {
                    System.err.println("unknown step " + step + " (expected ingest, hourly or cascades)");
                    System.exit(2);
                    return;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT, "duckdb step=%s seconds=%.3f rows=%d threads=%s version=%s",
                    step, seconds, rows, scalar(statement, "SELECT current_setting('threads')"),
                    scalar(statement, "SELECT version()")));
        }
    }

    // ---------------------------------------------------------------- ingest

    private static final List<String> POST_FIELDS = List.of("id", "channel", "published_at", "text",
            "incident_id", "title", "url", "author_id", "author_name", "author_followers", "is_official",
            "parent_id", "reposts", "comments", "likes", "views", "lang", "sentiment", "crawled_at");

    private static final List<String> COMPLAINT_FIELDS = List.of("id", "received_at", "channel", "text",
            "incident_id", "branch", "product", "issue", "customer_name", "phone", "id_number", "card_number",
            "first_response_at", "resolved_at", "status", "outcome", "compensation", "regulator_forwarded",
            "updated_at");

    /** Macros shared by the ingest queries: the value rules of docs/data-formats.md §3, in SQL. */
    private static final String MACROS = """
            CREATE MACRO v(x) AS nullif(trim(x), '');
            CREATE MACRO ts_utc(x) AS CASE
                WHEN v(x) IS NULL THEN NULL
                WHEN regexp_full_match(v(x), '\\d{12,13}') THEN make_timestamp(CAST(v(x) AS BIGINT) * 1000)
                WHEN regexp_full_match(v(x), '\\d{9,10}') THEN make_timestamp(CAST(v(x) AS BIGINT) * 1000000)
                WHEN regexp_matches(v(x), '(Z|[+-]\\d\\d(:?\\d\\d)?)$')
                    THEN CAST(TRY_CAST(v(x) AS TIMESTAMPTZ) AS TIMESTAMP)
                ELSE TRY_CAST(v(x) AS TIMESTAMP) - INTERVAL 8 HOUR
                END;
            CREATE MACRO bool_of(x) AS CASE
                WHEN lower(v(x)) IN ('true', '1', 'yes', 'y') THEN true
                WHEN lower(v(x)) IN ('false', '0', 'no', 'n') THEN false
                END;
            CREATE MACRO count_of(x) AS TRY_CAST(v(x) AS BIGINT);
            CREATE MACRO mask_text(x) AS regexp_replace(regexp_replace(regexp_replace(v(x),
                '([A-Za-z0-9])[A-Za-z0-9._%+-]*@', '\\1***@', 'g'),
                '(\\d{4})[ -]?\\d{4}[ -]?\\d{4}[ -]?(\\d{4})', '\\1 **** **** \\2', 'g'),
                '(1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})', '\\1****\\2', 'g');
            CREATE MACRO digits(x) AS regexp_replace(v(x), '[^0-9]', '', 'g');
            CREATE MACRO mask_phone(x) AS CASE WHEN length(digits(x)) < 8 THEN repeat('*', length(v(x)))
                ELSE left(digits(x), 3) || repeat('*', length(digits(x)) - 7) || right(digits(x), 4) END;
            CREATE MACRO mask_id(x) AS CASE WHEN length(v(x)) < 15 THEN repeat('*', length(v(x)))
                ELSE left(v(x), 6) || repeat('*', length(v(x)) - 10) || right(v(x), 4) END;
            CREATE MACRO mask_card(x) AS CASE WHEN length(digits(x)) < 12 THEN repeat('*', length(v(x)))
                ELSE left(digits(x), 4) || ' **** **** ' || right(digits(x), 4) END;
            CREATE MACRO mask_name(x) AS CASE WHEN length(v(x)) <= 1 THEN '*'
                ELSE left(v(x), 1) || regexp_replace(substr(v(x), 2), '\\S', '*', 'g') END;
            """;

    private static long ingest(Statement statement, Path archive, Path out) throws SQLException {
        for (String macro : MACROS.split(";\\s*\\n")) {
            if (!macro.isBlank()) {
                statement.execute(macro);
            }
        }
        statement.execute("CREATE VIEW media_raw AS " + rawUnion(archive.resolve("media"), POST_FIELDS));
        statement.execute("CREATE VIEW complaints_raw AS " + rawUnion(archive.resolve("complaints"), COMPLAINT_FIELDS));
        long posts = copy(statement, """
                SELECT v(id) AS id, lower(v(channel)) AS channel, ts_utc(published_at) AS published_at,
                       mask_text(text) AS text, v(incident_id) AS incident_id, mask_text(title) AS title,
                       v(url) AS url, v(author_id) AS author_id, v(author_name) AS author_name,
                       count_of(author_followers) AS author_followers, bool_of(is_official) AS is_official,
                       v(parent_id) AS parent_id, count_of(reposts) AS reposts, count_of(comments) AS comments,
                       count_of(likes) AS likes, count_of(views) AS views, v(lang) AS lang,
                       TRY_CAST(v(sentiment) AS DOUBLE) AS sentiment, ts_utc(crawled_at) AS crawled_at,
                       filename AS source_file
                FROM media_raw
                WHERE v(id) IS NOT NULL AND v(channel) IS NOT NULL AND ts_utc(published_at) IS NOT NULL
                  AND v(text) IS NOT NULL
                QUALIFY row_number() OVER (PARTITION BY v(id)
                                           ORDER BY ts_utc(crawled_at) DESC NULLS LAST, filename DESC) = 1
                """, out.resolve("posts.parquet"));
        long complaints = copy(statement, """
                SELECT v(id) AS id, ts_utc(received_at) AS received_at, lower(v(channel)) AS channel,
                       mask_text(text) AS text, v(incident_id) AS incident_id, v(branch) AS branch,
                       v(product) AS product, v(issue) AS issue, mask_name(customer_name) AS customer_name,
                       mask_phone(phone) AS phone, mask_id(id_number) AS id_number,
                       mask_card(card_number) AS card_number, ts_utc(first_response_at) AS first_response_at,
                       ts_utc(resolved_at) AS resolved_at, v(status) AS status, lower(v(outcome)) AS outcome,
                       TRY_CAST(v(compensation) AS DOUBLE) AS compensation,
                       bool_of(regulator_forwarded) AS regulator_forwarded, ts_utc(updated_at) AS updated_at,
                       filename AS source_file
                FROM complaints_raw
                WHERE v(id) IS NOT NULL AND ts_utc(received_at) IS NOT NULL AND v(channel) IS NOT NULL
                  AND v(text) IS NOT NULL
                QUALIFY row_number() OVER (PARTITION BY v(id)
                                           ORDER BY ts_utc(updated_at) DESC NULLS LAST, filename DESC) = 1
                """, out.resolve("complaints.parquet"));
        long small = 0;
        Path incidents = archive.resolve("incidents");
        if (!csvFiles(incidents).isEmpty()) {
            small += copy(statement, "SELECT * REPLACE (ts_utc(opened_at) AS opened_at, ts_utc(closed_at) AS closed_at) FROM "
                    + readCsv(csvFiles(incidents)), out.resolve("incidents.parquet"));
        }
        Path actions = archive.resolve("actions");
        if (!csvFiles(actions).isEmpty()) {
            small += copy(statement, "SELECT * REPLACE (ts_utc(\"at\") AS \"at\", lower(v(role)) AS role, "
                    + "lower(v(action)) AS action, mask_text(note) AS note) FROM " + readCsv(csvFiles(actions)),
                    out.resolve("actions.parquet"));
        }
        return posts + complaints + small;
    }

    /** JSON Lines (.jsonl, .jsonl.gz, .ndjson) and CSV (.csv, .csv.gz) of a folder, every field as text. */
    private static String rawUnion(Path folder, List<String> fields) {
        List<String> json = files(folder, ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");
        List<String> csv = csvFiles(folder);
        StringBuilder sql = new StringBuilder();
        if (!json.isEmpty()) {
            String columns = fields.stream().map(field -> field + ": 'VARCHAR'").collect(Collectors.joining(", "));
            sql.append("SELECT * FROM read_json(").append(list(json))
                    .append(", format = 'newline_delimited', columns = {").append(columns)
                    .append("}, filename = true)");
        }
        if (!csv.isEmpty()) {
            if (sql.length() > 0) {
                sql.append(" UNION ALL BY NAME ");
            }
            sql.append("SELECT ").append(String.join(", ", fields)).append(", filename FROM ").append(readCsv(csv));
        }
        if (sql.length() == 0) {
            throw new IllegalArgumentException(folder + " has no .jsonl or .csv file");
        }
        return sql.toString();
    }

    private static String readCsv(List<String> files) {
        return "read_csv(" + list(files) + ", header = true, all_varchar = true, quote = '\"', escape = '\"', "
                + "union_by_name = true, filename = true)";
    }

    private static List<String> csvFiles(Path folder) {
        return files(folder, ".csv", ".csv.gz");
    }

    private static List<String> files(Path folder, String... endings) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(Path::toString)
                    .filter(name -> Stream.of(endings).anyMatch(e -> name.toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- aggregates

    /**
     * Hourly volume per incident, hour and channel, with a dense {@code all} series per incident
     * (docs/metrics.md "Hourly volume"); hours are local Asia/Shanghai (UTC+8) hours.
     */
    private static long hourly(Statement statement, Path out) throws SQLException {
        return copy(statement, """
                WITH p AS (
                    SELECT incident_id, channel, date_trunc('hour', published_at + INTERVAL 8 HOUR) AS hour, sentiment
                    FROM read_parquet(%s) WHERE incident_id IS NOT NULL),
                by_channel AS (
                    SELECT incident_id, hour, channel, count(*) AS posts,
                           count(*) FILTER (WHERE sentiment < 0) AS negative_posts, count(sentiment) AS scored_posts
                    FROM p GROUP BY ALL),
                total AS (
                    SELECT incident_id, hour, sum(posts) AS posts, sum(negative_posts) AS negative_posts,
                           sum(scored_posts) AS scored_posts
                    FROM by_channel GROUP BY ALL),
                hours AS (
                    SELECT incident_id, unnest(generate_series(min(hour), max(hour), INTERVAL 1 HOUR)) AS hour
                    FROM p GROUP BY incident_id)
                SELECT h.incident_id, h.hour, 'all' AS channel, coalesce(t.posts, 0) AS posts,
                       coalesce(t.negative_posts, 0) AS negative_posts, coalesce(t.scored_posts, 0) AS scored_posts
                FROM hours h LEFT JOIN total t USING (incident_id, hour)
                UNION ALL
                SELECT incident_id, hour, channel, posts, negative_posts, scored_posts FROM by_channel
                """.formatted(quote(out.resolve("posts.parquet").toString())), out.resolve("hourly_volume.parquet"));
    }

    /**
     * Cascades within an incident (docs/metrics.md "Cascades"): the roots are the analysed posts
     * whose parent is not an analysed post of the same incident; a recursive CTE walks down from
     * them. Size, depth and max breadth per cascade, then a size/depth summary per incident. No
     * loop breaking (the recursion is bounded at depth 10,000 instead) and no structural virality.
     */
    private static long cascades(Statement statement, Path out) throws SQLException {
        statement.execute("CREATE TEMP TABLE a AS SELECT id, incident_id, parent_id FROM read_parquet("
                + quote(out.resolve("posts.parquet").toString()) + ") WHERE incident_id IS NOT NULL");
        statement.execute("""
                CREATE TEMP TABLE cascades AS
                WITH RECURSIVE walk(incident_id, root_id, id, depth) AS (
                    SELECT c.incident_id, c.id, c.id, 0
                    FROM a c LEFT JOIN a p ON c.parent_id = p.id AND c.incident_id = p.incident_id
                    WHERE p.id IS NULL
                    UNION ALL
                    SELECT w.incident_id, w.root_id, c.id, w.depth + 1
                    FROM walk w JOIN a c ON c.parent_id = w.id AND c.incident_id = w.incident_id
                    WHERE w.depth < 10000),
                levels AS (SELECT incident_id, root_id, depth, count(*) AS n FROM walk GROUP BY ALL)
                SELECT incident_id, root_id, sum(n)::BIGINT AS size, max(depth) AS depth, max(n) AS max_breadth
                FROM levels GROUP BY ALL
                """);
        long rows = copy(statement, "SELECT * FROM cascades", out.resolve("cascades.parquet"));
        copy(statement, """
                SELECT incident_id, count(*) AS cascades, max(size) AS largest_cascade, max(depth) AS max_depth,
                       avg(size) AS mean_size, quantile_disc(size, 0.5) AS size_p50,
                       quantile_disc(size, 0.9) AS size_p90, quantile_disc(size, 0.99) AS size_p99
                FROM cascades GROUP BY incident_id
                """, out.resolve("cascade_summary.parquet"));
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    private static long copy(Statement statement, String query, Path target) throws SQLException {
        statement.execute("COPY (" + query + ") TO " + quote(target.toString())
                + " (FORMAT parquet, COMPRESSION snappy)");
        return Long.parseLong(scalar(statement, "SELECT count(*) FROM read_parquet(" + quote(target.toString()) + ")"));
    }

    private static String scalar(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String list(List<String> files) {
        return files.stream().map(DuckDbBaseline::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
