package com.hindsight.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.jobs.SparkTestSession;
import com.hindsight.jobs.read.RawRecord;
import com.hindsight.model.SourceTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** One test per kind of bad record, plus the normalisations a good record gets. */
class RecordValidatorTest {
    private static final String GOOD = "{\"id\":\"p1\",\"channel\":\"weibo\","
            + "\"published_at\":\"2024-03-05T09:30:00+08:00\",\"text\":\"ok\"}";
    private final SparkSession spark = SparkTestSession.get();

    private Row validateOne(SourceTable table, Row raw) {
        Dataset<Row> records = spark.createDataFrame(List.of(raw), RawRecord.SCHEMA);
        return new RecordValidator(table).validate(records).collectAsList().get(0);
    }

    private Row media(String json) {
        return validateOne(SourceTable.MEDIA, RawRecord.json("media/a.jsonl", 7, json));
    }

    private static List<Row> errors(Row validated) {
        return validated.getList(validated.fieldIndex(RecordValidator.ERRORS));
    }

    private static String firstReason(Row validated) {
        List<Row> errors = errors(validated);
        return errors.isEmpty() ? null : errors.get(0).getString(0);
    }

    private static String firstMessage(Row validated) {
        return errors(validated).get(0).getString(2);
    }

    private static String replace(String json, String field, String value) {
        return json.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + value);
    }

    @Test
    void acceptsGoodRecordAndConvertsOffsetTimeToInstant() {
        Row row = media(GOOD);

        assertThat(errors(row)).isEmpty();
        assertThat(row.<Timestamp>getAs("published_at").toInstant())
                .isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
    }

    @Test
    void readsLocalTimesInTheConfiguredZoneAndEpochSecondsAndMillis() {
        assertThat(media(replace(GOOD, "published_at", "\"2024-03-05 09:30:00\""))
                .<Timestamp>getAs("published_at").toInstant())
                .isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(media(replace(GOOD, "published_at", "1709602200"))
                .<Timestamp>getAs("published_at").toInstant())
                .isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(media(replace(GOOD, "published_at", "1709602200000"))
                .<Timestamp>getAs("published_at").toInstant())
                .isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
        assertThat(media(replace(GOOD, "published_at", "\"2024-03-05T01:30:00Z\""))
                .<Timestamp>getAs("published_at").toInstant())
                .isEqualTo(Instant.parse("2024-03-05T01:30:00Z"));
    }

    @Test
    void lowerCasesEnumsAndReadsNumbersAndBooleans() {
        Row row = media("{\"id\":\"p1\",\"channel\":\"WeChat\",\"published_at\":\"1709602200\","
                + "\"text\":\"t\",\"author_followers\":1200,\"views\":\"35\",\"is_official\":\"Yes\","
                + "\"sentiment\":-0.25}");

        assertThat(errors(row)).isEmpty();
        assertThat(row.<String>getAs("channel")).isEqualTo("wechat");
        assertThat(row.<Long>getAs("author_followers")).isEqualTo(1200L);
        assertThat(row.<Long>getAs("views")).isEqualTo(35L);
        assertThat(row.<Boolean>getAs("is_official")).isTrue();
        assertThat(row.<Double>getAs("sentiment")).isEqualTo(-0.25);
    }

    @Test
    void ignoresUnknownFieldsAndAcceptsKeysInAnyCase() {
        Row row = media("{\"ID\":\"p1\",\"Channel\":\"weibo\",\"published_at\":\"1709602200\","
                + "\"text\":\"t\",\"crawler_version\":3}");

        assertThat(errors(row)).isEmpty();
        assertThat(row.<String>getAs("id")).isEqualTo("p1");
    }

    @Test
    void quarantinesLineThatIsNotJson() {
        Row row = media("{\"id\": \"p1\", \"channel\": ");

        assertThat(firstReason(row)).isEqualTo("bad_json");
    }

    @Test
    void quarantinesJsonThatIsNotAnObject() {
        assertThat(firstReason(media("[1,2,3]"))).isEqualTo("bad_json");
        assertThat(firstReason(media("42"))).isEqualTo("bad_json");
    }

    @Test
    void quarantinesRecordMissingRequiredField() {
        Row row = media("{\"id\":\"p1\",\"channel\":\"weibo\",\"published_at\":\"1709602200\"}");

        assertThat(firstReason(row)).isEqualTo("missing_field");
        assertThat(firstMessage(row)).isEqualTo("required field text is missing or empty");
    }

    @Test
    void quarantinesRecordWithEmptyRequiredField() {
        assertThat(firstReason(media(replace(GOOD, "text", "\"   \"")))).isEqualTo("missing_field");
    }

    @Test
    void quarantinesUnparseableTimestampAndSaysWhatIsExpected() {
        Row row = media(replace(GOOD, "published_at", "\"yesterday\""));

        assertThat(firstReason(row)).isEqualTo("bad_timestamp");
        assertThat(firstMessage(row)).isEqualTo("published_at \"yesterday\" is not a timestamp"
                + " (expected ISO-8601, yyyy-MM-dd HH:mm:ss or epoch seconds/millis)");
    }

    @Test
    void quarantinesImpossibleDate() {
        assertThat(firstReason(media(replace(GOOD, "published_at", "\"2024-02-30 10:00:00\""))))
                .isEqualTo("bad_timestamp");
    }

    @Test
    void quarantinesWrongType() {
        Row row = media(GOOD.replace("}", ",\"author_followers\":\"many\"}"));

        assertThat(firstReason(row)).isEqualTo("wrong_type");
        assertThat(firstMessage(row)).contains("author_followers \"many\" is not a whole number");
    }

    @Test
    void quarantinesUnknownEnumValue() {
        Row row = media(replace(GOOD, "channel", "\"pigeon\""));

        assertThat(firstReason(row)).isEqualTo("unknown_enum");
        assertThat(firstMessage(row)).startsWith("channel \"pigeon\" is not one of weibo, wechat");
    }

    @Test
    void quarantinesNumberOutOfRange() {
        Row row = media(GOOD.replace("}", ",\"sentiment\":3.5}"));

        assertThat(firstReason(row)).isEqualTo("out_of_range");
        assertThat(firstMessage(row)).isEqualTo("sentiment \"3.5\" is outside [-1, 1]");
    }

    @Test
    void quarantinesNegativeCount() {
        assertThat(firstReason(media(GOOD.replace("}", ",\"reposts\":-3}")))).isEqualTo("out_of_range");
    }

    @Test
    void keepsTheReadersProblem() {
        Row row = validateOne(SourceTable.MEDIA, RawRecord.problem("media/a.jsonl", 3, "x",
                "bad_encoding", "line is not valid UTF-8"));

        assertThat(firstReason(row)).isEqualTo("bad_encoding");
        assertThat(firstMessage(row)).isEqualTo("line is not valid UTF-8");
    }

    @Test
    void listsEveryProblemOfARecord() {
        Row row = media("{\"id\":\"p1\",\"channel\":\"pigeon\",\"published_at\":\"soon\"}");

        assertThat(errors(row)).extracting(e -> e.getString(0))
                .containsExactly("unknown_enum", "bad_timestamp", "missing_field");
    }

    @Test
    void validatesCsvFieldsLikeJsonOnes() {
        Row row = validateOne(SourceTable.COMPLAINTS, RawRecord.fields("complaints/a.csv", 2, "raw",
                Map.of("id", "c1", "received_at", "2024-03-05 09:30:00", "channel", "Hotline",
                        "text", "卡被重复扣款", "regulator_forwarded", "no", "compensation", "200.50")));

        assertThat(errors(row)).isEmpty();
        assertThat(row.<String>getAs("channel")).isEqualTo("hotline");
        assertThat(row.<Boolean>getAs("regulator_forwarded")).isFalse();
        assertThat(row.<Double>getAs("compensation")).isEqualTo(200.5);
    }

    @Test
    void readsReviewListsAndActionItems() {
        Row row = validateOne(SourceTable.REVIEWS, RawRecord.json("reviews/INC-1.json", 1,
                "{\"incident_id\":\"INC-1\",\"lessons\":[\"a\",\"b\"],\"actions\":[{\"title\":\"t\","
                        + "\"owner\":\"o\",\"due\":\"2024-05-01\",\"status\":\"Open\"}]}"));

        assertThat(errors(row)).isEmpty();
        assertThat(row.<String>getList(row.fieldIndex("lessons"))).containsExactly("a", "b");
        Row item = row.<Row>getList(row.fieldIndex("actions")).get(0);
        assertThat(item.getDate(2)).hasToString("2024-05-01");
        assertThat(item.getString(3)).isEqualTo("open");
    }

    @Test
    void quarantinesReviewActionWithBadDueDate() {
        Row row = validateOne(SourceTable.REVIEWS, RawRecord.json("reviews/INC-1.json", 1,
                "{\"incident_id\":\"INC-1\",\"actions\":[{\"title\":\"t\",\"due\":\"next week\"}]}"));

        assertThat(firstReason(row)).isEqualTo("wrong_type");
    }

    @Test
    void anIncidentWithoutKindIsRealAndAnUnknownKindIsRejected() {
        String incident = "{\"id\":\"INC-1\",\"bank\":\"b\",\"title\":\"t\","
                + "\"category\":\"system_failure\",\"opened_at\":\"2025-03-01 09:00:00\"";
        Row real = validateOne(SourceTable.INCIDENTS,
                RawRecord.json("incidents/r.jsonl", 1, incident + "}"));
        Row drill = validateOne(SourceTable.INCIDENTS,
                RawRecord.json("incidents/r.jsonl", 2, incident + ",\"kind\":\"Drill\"}"));
        Row exercise = validateOne(SourceTable.INCIDENTS,
                RawRecord.json("incidents/r.jsonl", 3, incident + ",\"kind\":\"exercise\"}"));

        assertThat(errors(real)).isEmpty();
        assertThat(real.<String>getAs("kind")).isEqualTo("real");
        assertThat(drill.<String>getAs("kind")).isEqualTo("drill");
        assertThat(firstReason(exercise)).isEqualTo("unknown_enum");
        assertThat(firstMessage(exercise)).contains("exercise");
    }

    @Test
    void validatesInjectsLikeEveryOtherTable() {
        String good = "{\"id\":\"J1\",\"incident_id\":\"DRL-1\","
                + "\"planned_at\":\"2025-03-01 09:15:00\",\"kind\":\"customer_call\","
                + "\"text\":\"客户来电\"}";
        Row accepted = validateOne(SourceTable.INJECTS, RawRecord.json("injects/a.jsonl", 1, good));
        Row badTime = validateOne(SourceTable.INJECTS, RawRecord.json("injects/a.jsonl", 2,
                replace(good, "planned_at", "\"at a quarter past nine\"")));
        Row noIncident = validateOne(SourceTable.INJECTS, RawRecord.json("injects/a.jsonl", 3,
                good.replace("\"incident_id\":\"DRL-1\",", "")));
        Row badKind = validateOne(SourceTable.INJECTS, RawRecord.json("injects/a.jsonl", 4,
                replace(good, "kind", "\"alien_invasion\"")));

        assertThat(errors(accepted)).isEmpty();
        assertThat(accepted.<Timestamp>getAs("planned_at").toInstant())
                .isEqualTo(Instant.parse("2025-03-01T01:15:00Z"));
        assertThat(firstReason(badTime)).isEqualTo("bad_timestamp");
        assertThat(firstReason(noIncident)).isEqualTo("missing_field");
        assertThat(firstReason(badKind)).isEqualTo("unknown_enum");
    }

    @Test
    void anActionMayNameTheInjectItAnswers() {
        Row action = validateOne(SourceTable.ACTIONS, RawRecord.json("actions/a.jsonl", 1,
                "{\"incident_id\":\"DRL-1\",\"at\":\"2025-03-01 09:20:00\",\"role\":\"pr\","
                        + "\"action\":\"statement\",\"inject_id\":\"J1\"}"));

        assertThat(errors(action)).isEmpty();
        assertThat(action.<String>getAs("inject_id")).isEqualTo("J1");
    }
}
