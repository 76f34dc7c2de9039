package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.FieldType;
import com.hindsight.model.SourceTable;
import com.hindsight.model.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestMediaRecords {
    private final GeneratedArchives.Generated archive = GeneratedArchives.bundled();
    private final List<ArchiveContents.Record> media = archive.contents().media();

    @Test
    void everyMediaRecordHasTheRequiredFieldsAndValidValues() {
        assertThat(media).isNotEmpty();
        for (ArchiveContents.Record r : media) {
            String id = r.string(Fields.Media.ID);
            for (FieldSpec field : SourceTable.MEDIA.requiredFields()) {
                assertThat(r.has(field.name())).as("%s in %s has %s", id, r.file(), field.name()).isTrue();
            }
            for (Map.Entry<String, Object> e : r.values().entrySet()) {
                FieldSpec field = SourceTable.MEDIA.field(e.getKey());
                if (r.has(field.name())) {
                    assertValid(field, e.getValue(), id);
                }
            }
            assertThat(r.instant(Fields.Media.CRAWLED_AT)).as(id).isAfter(r.instant(Fields.Media.PUBLISHED_AT));
            assertThat(Vocabulary.LANGUAGES).contains(r.string(Fields.Media.LANG));
        }
    }

    private static void assertValid(FieldSpec field, Object value, String id) {
        String s = value.toString();
        switch (field.type()) {
            case TIMESTAMP -> assertThat(ArchiveContents.instant(value)).as("%s %s", id, field.name())
                    .isBetween(Instant.parse("2023-12-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
            case LONG -> assertThat(Long.parseLong(s)).as("%s %s", id, field.name()).isNotNegative();
            case DOUBLE -> assertThat(Double.parseDouble(s)).as("%s %s", id, field.name())
                    .isBetween(field.minimum(), field.maximum());
            case BOOLEAN -> assertThat(s).as("%s %s", id, field.name()).isIn("true", "false");
            case ENUM -> assertThat(field.allowedValues()).as("%s %s", id, field.name())
                    .contains(s.toLowerCase(Locale.ROOT));
            default -> assertThat(s).as("%s %s", id, field.name()).isNotBlank();
        }
        if (value instanceof Number) {
            assertThat(field.type()).isIn(FieldType.LONG, FieldType.DOUBLE, FieldType.TIMESTAMP);
        }
    }

    @Test
    void aboutOnePercentOfPostsAreRecrawledCopiesWithLaterCrawlAndHigherCounts() {
        Map<String, List<ArchiveContents.Record>> byId = new LinkedHashMap<>();
        media.forEach(r -> byId.computeIfAbsent(r.string(Fields.Media.ID), k -> new ArrayList<>()).add(r));
        List<List<ArchiveContents.Record>> copies = byId.values().stream().filter(l -> l.size() > 1).toList();
        assertThat((double) copies.size() / byId.size()).isBetween(0.005, 0.02);
        for (List<ArchiveContents.Record> pair : copies) {
            assertThat(pair).hasSize(2);
            ArchiveContents.Record first = pair.get(0);
            ArchiveContents.Record second = pair.get(1);
            assertThat(second.string(Fields.Media.TEXT)).isEqualTo(first.string(Fields.Media.TEXT));
            assertThat(second.instant(Fields.Media.PUBLISHED_AT)).isEqualTo(first.instant(Fields.Media.PUBLISHED_AT));
            assertThat(second.instant(Fields.Media.CRAWLED_AT)).isAfter(first.instant(Fields.Media.CRAWLED_AT));
            assertThat(second.number(Fields.Media.LIKES)).isGreaterThan(first.number(Fields.Media.LIKES));
            assertThat(second.number(Fields.Media.REPOSTS)).isGreaterThanOrEqualTo(first.number(Fields.Media.REPOSTS));
        }
    }

    @Test
    void postsMixChannelsLanguagesSentimentAndSomePersonalData() {
        Map<String, Long> channels = media.stream().collect(Collectors.groupingBy(
                r -> r.string(Fields.Media.CHANNEL).toLowerCase(Locale.ROOT), Collectors.counting()));
        assertThat(channels.keySet()).contains("weibo", "wechat", "douyin", "kuaishou", "forum", "news", "twitter", "facebook");
        assertThat(channels.get("weibo")).isGreaterThan(media.size() / 2L);
        assertThat(media.stream().filter(r -> !r.string(Fields.Media.CHANNEL).equals(
                r.string(Fields.Media.CHANNEL).toLowerCase(Locale.ROOT)))).isNotEmpty();

        assertThat(share(r -> "en".equals(r.string(Fields.Media.LANG)))).isBetween(0.05, 0.12);
        assertThat(share(r -> "es".equals(r.string(Fields.Media.LANG)))).isBetween(0.02, 0.07);
        assertThat(share(r -> r.has(Fields.Media.SENTIMENT))).isBetween(0.65, 0.75);
        Pattern contact = Pattern.compile("1[3-9]\\d{9}|[a-z]+[._]\\d{4}@");
        assertThat(share(r -> contact.matcher(r.string(Fields.Media.TEXT)).find())).isBetween(0.01, 0.04);
    }

    @Test
    void cascadesAreMostlyShallowWithHeavyTailedFollowers() {
        Map<String, String> parents = new HashMap<>();
        media.forEach(r -> parents.put(r.string(Fields.Media.ID), r.string(Fields.Media.PARENT_ID)));
        Map<Integer, Integer> depths = new HashMap<>();
        for (String id : parents.keySet()) {
            int depth = 0;
            for (String p = parents.get(id); p != null; p = parents.get(p)) {
                assertThat(parents).as("parent of %s is in the archive", id).containsKey(p);
                depth++;
            }
            depths.merge(depth, 1, Integer::sum);
        }
        int total = parents.size();
        int shallow = depths.getOrDefault(0, 0) + depths.getOrDefault(1, 0) + depths.getOrDefault(2, 0)
                + depths.getOrDefault(3, 0);
        assertThat((double) shallow / total).isGreaterThan(0.9);
        assertThat(depths.keySet().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThanOrEqualTo(6);

        List<Long> followers = media.stream().map(r -> (long) r.number(Fields.Media.AUTHOR_FOLLOWERS)).sorted().toList();
        assertThat(followers.get(followers.size() / 2)).isBetween(10L, 1_000L);
        assertThat(followers.get(followers.size() - 1)).isGreaterThanOrEqualTo(1_000_000L);
    }

    @Test
    void postingIsQuietBetweenOneAndSevenAtNight() {
        int[] byHour = new int[24];
        for (ArchiveContents.Record r : media) {
            byHour[LocalDateTime.ofInstant(r.instant(Fields.Media.PUBLISHED_AT), ZoneOffset.ofHours(8)).getHour()]++;
        }
        double night = (byHour[2] + byHour[3] + byHour[4] + byHour[5]) / 4.0;
        double day = 0;
        for (int h = 10; h < 22; h++) {
            day += byHour[h] / 12.0;
        }
        assertThat(night).isLessThan(day / 3);
    }

    @Test
    void archiveHasTheDocumentedLayout() throws IOException {
        Path dir = archive.dir();
        assertThat(dir.resolve("media/social-00000.jsonl.gz")).isRegularFile();
        assertThat(dir.resolve("media/forum-00000.jsonl")).isRegularFile();
        assertThat(dir.resolve("media/news-00000.csv")).isRegularFile();
        assertThat(dir.resolve("complaints/complaints-00000.csv")).isRegularFile();
        assertThat(dir.resolve("complaints/branch-export.xlsx")).isRegularFile();
        assertThat(dir.resolve("incidents/register.csv")).isRegularFile();
        assertThat(dir.resolve("actions/timeline.csv")).isRegularFile();
        String news = Files.readString(dir.resolve("media/news-00000.csv"), StandardCharsets.UTF_8);
        assertThat(news).startsWith(String.join(",", SourceTable.MEDIA.fields().stream().map(FieldSpec::name).toList()) + "\r\n");
        assertThat(news).contains("\"\"").contains("\n\n");
        for (ArchiveContents.Record r : archive.contents().incidents()) {
            if (r.has(Fields.Incidents.CLOSED_AT)) {
                assertThat(dir.resolve("reviews").resolve(r.string(Fields.Incidents.ID) + ".json")).isRegularFile();
            }
        }
        String review = Files.readString(ArchiveLayout.generatorFiles(dir, SourceTable.REVIEWS).get(0));
        assertThat(review.lines().count()).isGreaterThan(10);
    }

    @Test
    void officialPostsComeFromTheBanksOwnAccounts() {
        List<ArchiveContents.Record> official = media.stream()
                .filter(r -> Boolean.parseBoolean(r.string(Fields.Media.IS_OFFICIAL))).toList();
        assertThat(official).isNotEmpty();
        assertThat(official).allSatisfy(r -> assertThat(r.string(Fields.Media.AUTHOR_NAME)).matches(".*银行(官方微博|微银行)"));
    }

    private double share(java.util.function.Predicate<ArchiveContents.Record> p) {
        return media.stream().filter(p).count() / (double) media.size();
    }
}
