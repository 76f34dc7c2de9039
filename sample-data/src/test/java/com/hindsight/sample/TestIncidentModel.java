package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.model.Vocabulary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestIncidentModel {
    private final GeneratedArchives.Generated archive = GeneratedArchives.bundled();
    private final ArchiveContents contents = archive.contents();

    @Test
    void sixIncidentsCoverAllSixCategoriesAtDifferentBanks() {
        List<ArchiveContents.Record> incidents = contents.incidents();
        assertThat(incidents).hasSizeGreaterThanOrEqualTo(6);
        Set<String> categories = incidents.stream().map(r -> r.string(Fields.Incidents.CATEGORY)).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrderElementsOf(
                Vocabulary.INCIDENT_CATEGORIES.stream().filter(c -> !c.equals("other")).toList());
        assertThat(incidents.stream().map(r -> r.string(Fields.Incidents.BANK)).distinct()).hasSize(6);
        assertThat(incidents.stream().filter(r -> !r.has(Fields.Incidents.CLOSED_AT))).hasSize(1);
    }

    @Test
    void everyIncidentHasAFirstStatementWithinFourHoursWhenTheResponseWasGoodAndAfterTwelveWhenPoor() {
        List<IncidentPlan> plans = IncidentPlanner.plan(archive.summary().config());
        Map<String, List<ArchiveContents.Record>> posts = postsByIncident();
        int good = 0;
        int poor = 0;
        for (IncidentPlan plan : plans) {
            Duration delay = Duration.between(firstMention(posts.get(plan.id())), firstStatement(posts.get(plan.id())));
            if (plan.goodResponse()) {
                good++;
                assertThat(delay).as(plan.id()).isLessThan(Duration.ofHours(4));
            } else {
                poor++;
                assertThat(delay).as(plan.id()).isGreaterThan(Duration.ofHours(12));
            }
        }
        assertThat(good).isPositive();
        assertThat(poor).isPositive();
    }

    @Test
    void timelineStatementIsAtTheTimeOfTheFirstOfficialPost() {
        Map<String, List<ArchiveContents.Record>> posts = postsByIncident();
        for (ArchiveContents.Record incident : contents.incidents()) {
            String id = incident.string(Fields.Incidents.ID);
            Instant statement = contents.actions().stream()
                    .filter(a -> a.string(Fields.Actions.INCIDENT_ID).equals(id))
                    .filter(a -> a.string(Fields.Actions.ACTION).equals(IncidentPlanner.STATEMENT))
                    .map(a -> a.instant(Fields.Actions.AT)).min(Instant::compareTo).orElseThrow();
            assertThat(statement).as(id).isEqualTo(firstStatement(posts.get(id)));
            assertThat(incident.instant(Fields.Incidents.OPENED_AT)).as(id).isAfter(firstMention(posts.get(id)));
        }
    }

    @Test
    void negativeShareFallsAfterAGoodStatementAndStaysHighAfterAPoorOne() {
        Map<String, List<ArchiveContents.Record>> posts = postsByIncident();
        long[] goodBefore = new long[2];
        long[] goodAfter = new long[2];
        long[] poorAfter = new long[2];
        for (List<ArchiveContents.Record> incidentPosts : posts.values()) {
            Instant mention = firstMention(incidentPosts);
            Instant statement = firstStatement(incidentPosts);
            boolean good = Duration.between(mention, statement).compareTo(Duration.ofHours(4)) < 0;
            for (ArchiveContents.Record p : incidentPosts) {
                if (!p.has(Fields.Media.SENTIMENT) || Boolean.parseBoolean(p.string(Fields.Media.IS_OFFICIAL))) {
                    continue;
                }
                Instant t = p.instant(Fields.Media.PUBLISHED_AT);
                boolean negative = p.number(Fields.Media.SENTIMENT) < 0;
                boolean after = !t.isBefore(statement.plus(Duration.ofHours(4)))
                        && t.isBefore(statement.plus(Duration.ofHours(48)));
                long[] bucket = t.isBefore(statement) ? (good ? goodBefore : null) : after ? (good ? goodAfter : poorAfter) : null;
                if (bucket != null) {
                    bucket[0] += negative ? 1 : 0;
                    bucket[1]++;
                }
            }
        }
        assertThat(goodBefore[1]).isGreaterThan(50);
        assertThat(share(goodBefore)).as("negative share before a good statement").isGreaterThan(0.6);
        assertThat(share(goodAfter)).as("negative share 4-48 h after a good statement").isLessThan(0.45);
        assertThat(share(poorAfter)).as("negative share 4-48 h after a poor statement").isGreaterThan(0.6);
    }

    @Test
    void eachQueryMatchesItsOwnIncidentsPostsAndNoOthers() {
        Map<String, QueryMatcher> queries = queries();
        long unlabelledUnmatched = 0;
        for (ArchiveContents.Record p : contents.media()) {
            Set<String> matched = matching(queries, text(p));
            assertThat(matched).as("incidents whose query matches %s", p.string(Fields.Media.ID)).hasSizeLessThanOrEqualTo(1);
            String labelled = p.string(Fields.Media.INCIDENT_ID);
            if (labelled != null && !matched.isEmpty()) {
                assertThat(matched).as(p.string(Fields.Media.ID)).containsExactly(labelled);
            }
            if (labelled == null && matched.isEmpty()) {
                unlabelledUnmatched++;
            }
        }
        // what is neither labelled nor matched is the noise, about 5 %
        assertThat((double) unlabelledUnmatched / contents.media().size()).isBetween(0.03, 0.08);
        for (ArchiveContents.Record c : contents.complaints()) {
            if (!c.has(Fields.Complaints.INCIDENT_ID)) {
                assertThat(matching(queries, c.string(Fields.Complaints.TEXT))).as(c.string(Fields.Complaints.ID)).hasSize(1);
            }
        }
    }

    @Test
    void aboutSeventyPercentOfPostsAndThreeQuartersOfComplaintsCarryTheirIncidentId() {
        double posts = contents.media().stream().filter(r -> r.has(Fields.Media.INCIDENT_ID)).count()
                / (double) contents.media().size();
        double complaints = contents.complaints().stream().filter(r -> r.has(Fields.Complaints.INCIDENT_ID)).count()
                / (double) contents.complaints().size();
        assertThat(posts).isBetween(0.62, 0.78);
        assertThat(complaints).isBetween(0.68, 0.82);
    }

    @Test
    void someRootCausesRecurAcrossReviews() {
        Map<String, Integer> labels = new HashMap<>();
        for (JsonNode review : contents.reviews()) {
            String rootCause = review.get(Fields.Reviews.ROOT_CAUSE).asText();
            labels.merge(rootCause.substring(0, rootCause.indexOf('：')), 1, Integer::sum);
        }
        assertThat(labels.values().stream().filter(n -> n >= 2)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(contents.reviews()).allSatisfy(r -> {
            assertThat(r.get(Fields.Reviews.ACTIONS)).isNotEmpty();
            assertThat(r.get(Fields.Reviews.LESSONS)).isNotEmpty();
        });
    }

    private Map<String, List<ArchiveContents.Record>> postsByIncident() {
        Map<String, QueryMatcher> queries = queries();
        Map<String, List<ArchiveContents.Record>> byIncident = new LinkedHashMap<>();
        queries.keySet().forEach(id -> byIncident.put(id, new ArrayList<>()));
        for (ArchiveContents.Record p : contents.media()) {
            String id = p.string(Fields.Media.INCIDENT_ID);
            if (id == null) {
                Set<String> matched = matching(queries, text(p));
                id = matched.isEmpty() ? null : matched.iterator().next();
            }
            if (id != null && !id.equals(HuaruiDrill.ID)) {
                byIncident.get(id).add(p);
            }
        }
        return byIncident;
    }

    private Map<String, QueryMatcher> queries() {
        Map<String, QueryMatcher> queries = new LinkedHashMap<>();
        for (ArchiveContents.Record incident : contents.incidents()) {
            queries.put(incident.string(Fields.Incidents.ID), QueryMatcher.parse(incident.string(Fields.Incidents.QUERY)));
        }
        return queries;
    }

    private static Set<String> matching(Map<String, QueryMatcher> queries, String text) {
        Set<String> matched = new TreeSet<>();
        queries.forEach((id, q) -> {
            if (q.matches(text)) {
                matched.add(id);
            }
        });
        return matched;
    }

    private static String text(ArchiveContents.Record p) {
        String title = p.string(Fields.Media.TITLE);
        return title == null ? p.string(Fields.Media.TEXT) : title + "\n" + p.string(Fields.Media.TEXT);
    }

    private static Instant firstMention(List<ArchiveContents.Record> posts) {
        return posts.stream().map(p -> p.instant(Fields.Media.PUBLISHED_AT)).min(Instant::compareTo).orElseThrow();
    }

    private static Instant firstStatement(List<ArchiveContents.Record> posts) {
        return posts.stream().filter(p -> Boolean.parseBoolean(p.string(Fields.Media.IS_OFFICIAL)))
                .map(p -> p.instant(Fields.Media.PUBLISHED_AT)).min(Instant::compareTo)
                .orElseThrow(() -> new AssertionError("no official post"));
    }

    private static double share(long[] bucket) {
        return bucket[1] == 0 ? Double.NaN : (double) bucket[0] / bucket[1];
    }
}
