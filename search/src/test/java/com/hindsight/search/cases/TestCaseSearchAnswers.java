package com.hindsight.search.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.UserErrorException;
import com.hindsight.search.Synonyms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grouped results, relaxed readings, warnings, synonyms, similar incidents and their JSON. */
class TestCaseSearchAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    static CaseSearcher searcher;

    @BeforeAll
    static void buildIndex() {
        searcher = CaseSearcher.open(CaseFixtures.index(temp.resolve("index"), CaseFixtures.records()));
    }

    @AfterAll
    static void closeIndex() {
        searcher.close();
    }

    private static List<String> cases(String query) {
        return searcher.searchCases(SearchRequest.of(query)).cases().stream().map(CaseGroup::incidentId).toList();
    }

    @Test
    void groupsByIncidentWithCountsSnippetsAndTheReview() {
        CaseResults results = searcher.searchCases(SearchRequest.of("重复扣款"));

        assertThat(results.cases()).hasSize(1);
        CaseGroup group = results.cases().get(0);
        assertThat(group.incidentId()).isEqualTo("INC-1");
        assertThat(group.title()).isEqualTo("核心系统升级故障");
        assertThat(group.bank()).isEqualTo("华信银行");
        assertThat(group.incidentMatched()).isTrue();
        assertThat(group.matchingPosts()).isEqualTo(1);
        assertThat(group.matchingComplaints()).isEqualTo(1);
        assertThat(group.hits()).first().extracting(SearchHit::kind).isEqualTo(CaseKind.INCIDENT);
        assertThat(group.rootCause()).isEqualTo("变更管理不足，升级前未做回归测试");
        assertThat(group.lessons()).containsExactly("先发声明，再查细节");
    }

    @Test
    void casesWhoseIncidentOrReviewMatchedComeFirstAndUnlinkedHitsAreCounted() {
        CaseResults results = searcher.searchCases(SearchRequest.of("理财"));

        assertThat(results.cases()).extracting(CaseGroup::incidentId).containsExactly("INC-2");
        assertThat(results.unlinkedHits()).isEqualTo(1); // p5, a news post of no incident
    }

    @Test
    void incidentsAndReviewsRankAbovePostsInTheFlatList() {
        List<SearchHit> hits = searcher.search(SearchRequest.of("故障")).hits();

        assertThat(hits.get(0).kind()).isEqualTo(CaseKind.INCIDENT);
        assertThat(hits.subList(1, hits.size())).allSatisfy(hit -> assertThat(hit.kind()).isIn(CaseKind.POST,
                CaseKind.COMPLAINT));
    }

    @Test
    void traditionalCharactersFindSimplifiedText() {
        assertThat(cases("餘額顯示錯誤")).containsExactly("INC-1");
    }

    @Test
    void theRegistersTermsInOtherLanguagesAreSearchable() {
        try (IndexBuilder builder = IndexBuilder.create(temp.resolve("terms"))) {
            builder.add(new IncidentRecord("INC-7", "北辰银行", "北辰银行恢复收取小额账户管理费", "pricing_policy",
                    java.time.Instant.parse("2025-04-26T08:00:00Z"), null,
                    "(\"北辰银行\" OR \"Beichen Bank\") AND (\"hidden fees\" OR \"comisiones ocultas\")",
                    "客户反映偷偷扣费", List.of(), List.of()));
        }
        try (CaseSearcher other = CaseSearcher.open(temp.resolve("terms"), Synonyms.none())) {
            assertThat(other.searchCases(SearchRequest.of("\"Beichen Bank\"")).cases()).hasSize(1);
            assertThat(other.searchCases(SearchRequest.of("comisión oculta")).cases()).hasSize(1);
            assertThat(other.searchCases(SearchRequest.of("pricing policy")).cases()).hasSize(1);
        }
    }

    @Test
    void aMisspeltWordIsCorrectedAndTheCorrectionSearched() {
        CaseResults results = searcher.searchCases(SearchRequest.of("refnds"));

        assertThat(results.didYouMean()).isEqualTo("refunds");
        assertThat(results.warnings()).anyMatch(w -> w.contains("showing results for \"refunds\""));
        // INC-2 through the synonym devolución; INC-1 first, with more matching documents
        assertThat(results.cases()).extracting(CaseGroup::incidentId).containsExactly("INC-1", "INC-2");
    }

    @Test
    void aCompoundThatIsNoPhraseIsSearchedAsItsWordsWithAWarning() {
        CaseResults results = searcher.searchCases(SearchRequest.of("余额核心系统"));

        assertThat(results.cases()).extracting(CaseGroup::incidentId).containsExactly("INC-1");
        assertThat(results.warnings()).anyMatch(w -> w.contains("as written"));
    }

    @Test
    void allWordsButOneWhenAllFindNothing() {
        SearchResults results = searcher.search(SearchRequest.of("waiting refund zebra"));

        assertThat(results.hits()).extracting(SearchHit::id).contains("p3");
        assertThat(results.warnings()).anyMatch(w -> w.contains("all of them but one"));
    }

    @Test
    void unknownKindsAndIncidentsWarn() {
        assertThat(searcher.search(SearchRequest.of("kind:reveiw 故障")).warnings())
                .anyMatch(w -> w.contains("kind \"reveiw\" does not exist"));
        assertThat(searcher.searchCases(SearchRequest.of("故障").withIncidentId("INC-9")).warnings())
                .anyMatch(w -> w.contains("no document belongs to incident \"INC-9\""));
    }

    @Test
    void anUnquotedMaskedNumberIsAPhraseNotAWildcard() {
        assertThat(CaseQueryParser.quoteMaskedNumbers("174****3600 退款")).isEqualTo("\"174****3600\" 退款");
        assertThat(CaseQueryParser.quoteMaskedNumbers("卡号 6222 **** **** 2181")).isEqualTo("卡号 \"6222 **** **** 2181\"");
        assertThat(CaseQueryParser.quoteMaskedNumbers("\"155****1400\"")).isEqualTo("\"155****1400\"");
        assertThat(CaseQueryParser.quoteMaskedNumbers("comis*")).isEqualTo("comis*");
    }

    @Test
    void tooManyClausesIsAUserErrorWithAdvice() {
        String many = String.join(" OR ", java.util.Collections.nCopies(1100, "故障"));

        assertThatThrownBy(() -> searcher.search(SearchRequest.of(many)))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("clauses").hasMessageContaining("Search fewer words");
    }

    @Test
    void synonymsFindTheWordTheArchiveUses() {
        // the fixtures write 退款 and refund(s); the built-in synonyms join them with devolución
        assertThat(cases("reembolso")).containsExactlyInAnyOrder("INC-1", "INC-2");
    }

    @Test
    void similarFindsTheCaseWithItsLessonsAndActions() {
        SimilarResults results = searcher.similar(SimilarRequest.ofText("核心系统升级后出现故障，客户遭重复扣款，余额显示错误"),
                IncidentFigures.none());

        assertThat(results.incidents()).extracting(SimilarIncident::incidentId).first().isEqualTo("INC-1");
        SimilarIncident first = results.incidents().get(0);
        assertThat(first.matchedTerms()).isNotEmpty();
        assertThat(first.coverage()).isGreaterThanOrEqualTo(SimilarIncidents.MIN_COVERAGE);
        assertThat(first.actions()).extracting(ReviewRecord.ActionItem::title).containsExactly("季度演练");
        assertThat(first.figures()).isEqualTo(KeyFigures.UNKNOWN);
    }

    @Test
    void similarLeavesWeakMatchesOut() {
        assertThat(searcher.similar(SimilarRequest.ofText("今天天气很好，我们去公园散步"), IncidentFigures.none())
                .incidents()).isEmpty();
    }

    @Test
    void similarToAnIncidentLeavesItOutAndAnUnknownIdIsAUserError() {
        assertThat(searcher.similar(SimilarRequest.ofIncident("INC-1"), IncidentFigures.none()).incidents())
                .extracting(SimilarIncident::incidentId).doesNotContain("INC-1");
        assertThatThrownBy(() -> searcher.similar(SimilarRequest.ofIncident("INC-9"), IncidentFigures.none()))
                .isInstanceOf(UserErrorException.class).hasMessageContaining("INC-9");
    }

    @Test
    void jsonOfCasesAndSimilarHasTheDocumentedKeys() throws Exception {
        JsonNode cases = JSON.readTree(CaseJson.cases("重复扣款", "run-1",
                searcher.searchCases(SearchRequest.of("重复扣款"))));
        JsonNode similar = JSON.readTree(CaseJson.similar(searcher.similar(
                SimilarRequest.ofText("核心系统升级后出现故障，客户遭重复扣款，余额显示错误"), IncidentFigures.none())));

        assertThat(cases.at("/cases/0/incident_id").asText()).isEqualTo("INC-1");
        assertThat(cases.at("/cases/0/lessons/0").asText()).isEqualTo("先发声明，再查细节");
        JsonNode incident = similar.at("/incidents/0");
        assertThat(incident.has("score")).isTrue();
        for (String key : List.of("incident_id", "score", "title", "category", "bank", "matched_terms",
                "root_cause", "lessons", "actions", "key_figures")) {
            assertThat(incident.has(key)).as(key).isTrue();
        }
        assertThat(incident.at("/actions/0/due").asText()).isEqualTo("2024-06-30");
        assertThat(similar.size()).as("one top-level key").isEqualTo(1);
    }
}
