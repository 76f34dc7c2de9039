package com.hindsight.search.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.search.Synonyms;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer can rely on when searching the case index, on a ten-document index. Analysis
 * is tested without synonyms (they would join refund and devolución); synonyms have their tests.
 */
class TestCaseSearcher {
    @TempDir
    static Path temp;
    static CaseSearcher searcher;

    @BeforeAll
    static void buildIndex() {
        searcher = CaseSearcher.open(CaseFixtures.index(temp.resolve("index"), CaseFixtures.records()),
                Synonyms.none());
    }

    @AfterAll
    static void closeIndex() {
        searcher.close();
    }

    private static List<String> ids(SearchRequest request) {
        return searcher.search(request).hits().stream().map(hit -> hit.kind().key() + ":" + hit.id()).toList();
    }

    private static List<String> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    @Test
    void unquotedChineseWordIsAPhraseSoItMissesTheWordsApart() {
        // smartcn: 核心系统出现故障 -> 核心|系统|出现|故障, 系统故障 -> 系统|故障
        assertThat(ids("系统故障")).containsExactly("post:p2");
        assertThat(ids("\"系统故障\"")).containsExactly("post:p2");
    }

    @Test
    void chineseWordsSeparatedBySpacesMustAllMatchAnywhere() {
        assertThat(ids("系统 故障")).containsExactlyInAnyOrder("post:p1", "post:p2", "incident:INC-1");
    }

    @Test
    void englishQueriesAreStemmed() {
        assertThat(ids("refunds")).containsExactlyInAnyOrder("post:p3", "complaint:c1");
        assertThat(ids("refund")).containsExactlyInAnyOrder("post:p3", "complaint:c1");
    }

    @Test
    void spanishAccentsAreFoldedAndPluralsStemmed() {
        assertThat(ids("comision")).containsExactly("post:p4");
        assertThat(ids("devoluciones")).containsExactly("post:p4");
        assertThat(ids("DEVOLUCIÓN")).containsExactly("post:p4");
    }

    @Test
    void phraseQueriesKeepTheWordOrder() {
        assertThat(ids("\"duplicate debit\"")).containsExactly("post:p3");
        assertThat(ids("\"debit duplicate\"")).isEmpty();
    }

    @Test
    void fieldQueriesSearchOneField() {
        assertThat(ids("title:故障")).containsExactly("incident:INC-1");
        assertThat(ids("root_cause:回归测试")).containsExactly("review:INC-1");
        assertThat(ids("timeline:致歉声明")).containsExactly("incident:INC-1");
        assertThat(ids("channel:Weibo 余额")).containsExactly("post:p1");
        assertThat(ids("incident_id:INC-2 AND kind:complaint")).containsExactly("complaint:c2");
    }

    @Test
    void reviewsAreFoundByLessonsAndActions() {
        assertThat(ids("先发声明")).containsExactly("review:INC-1");
        assertThat(ids("演练 IT运维部")).containsExactly("review:INC-1");
    }

    @Test
    void filtersNarrowByKindIncidentChannelAndCategory() {
        assertThat(ids(SearchRequest.of("重复扣款").withKinds(Set.of(CaseKind.COMPLAINT))))
                .containsExactly("complaint:c1");
        assertThat(ids(SearchRequest.of("*:*").withIncidentId("INC-2")))
                .containsExactlyInAnyOrder("incident:INC-2", "post:p4", "complaint:c2");
        assertThat(ids(SearchRequest.of("*:*").withChannel("TWITTER"))).containsExactly("post:p3");
        assertThat(ids(SearchRequest.of("理财").withCategory("mis_selling")))
                .containsExactlyInAnyOrder("incident:INC-2", "complaint:c2");
        assertThat(ids(SearchRequest.of("*:*").withBank("海川银行").withKinds(Set.of(CaseKind.POST))))
                .containsExactly("post:p4");
    }

    @Test
    void timeRangeIncludesFromAndExcludesTo() {
        SearchRequest request = SearchRequest.of("*:*").withTimeRange(
                Instant.parse("2024-03-05T02:00:00Z"), Instant.parse("2024-03-05T04:00:00Z"));

        assertThat(ids(request)).containsExactly("post:p2", "post:p1");
    }

    @Test
    void facetsCountEveryHitNotOnlyTheReturnedOnes() {
        SearchResults results = searcher.search(SearchRequest.of("*:*").withLimit(1));

        assertThat(results.totalHits()).isEqualTo(10);
        assertThat(results.hits()).hasSize(1);
        assertThat(results.facets().keySet())
                .containsExactly("kind", "channel", "incident_id", "category", "bank");
        assertThat(results.facets().get("kind")).containsExactly(Map.entry("post", 5L),
                Map.entry("complaint", 2L), Map.entry("incident", 2L), Map.entry("review", 1L));
        assertThat(results.facets().get("incident_id"))
                .containsExactly(Map.entry("INC-1", 6L), Map.entry("INC-2", 3L));
        assertThat(results.facets().get("channel")).containsExactly(Map.entry("weibo", 2L),
                Map.entry("app", 1L), Map.entry("facebook", 1L), Map.entry("hotline", 1L),
                Map.entry("news", 1L), Map.entry("twitter", 1L));
        assertThat(results.facets().get("category"))
                .containsExactly(Map.entry("system_failure", 6L), Map.entry("mis_selling", 3L));
    }

    @Test
    void facetsFollowTheQueryAndFilters() {
        SearchResults results = searcher.search(SearchRequest.of("重复扣款"));

        assertThat(results.totalHits()).isEqualTo(3);
        assertThat(results.facets().get("kind")).containsExactly(Map.entry("complaint", 1L),
                Map.entry("incident", 1L), Map.entry("post", 1L));
    }

    @Test
    void snippetMarksTheMatchedWords() {
        SearchHit hit = searcher.search(SearchRequest.of("余额")).hits().get(0);

        assertThat(hit.id()).isEqualTo("p1");
        assertThat(hit.snippet()).isEqualTo("核心系统出现故障，«余额»显示错误");
        assertThat(hit.field()).isEqualTo("text");
        assertThat(searcher.search(SearchRequest.of("refunds")).hits())
                .allSatisfy(found -> assertThat(found.snippet()).containsPattern("«[Rr]efunds?»"));
    }

    @Test
    void chineseWordsAreFoundWhateverTheSegmenterMakesOfTheirContext() {
        // smartcn: 退款 alone is one word, but "两次，要求退款。" is segmented 要求|退|款; the
        // bigram field holds 退款 all the same
        assertThat(ids("退款")).containsExactly("complaint:c1");
        assertThat(ids("\"退款\"")).containsExactly("complaint:c1");
    }

    @Test
    void snippetOfAFilterOnlyQueryIsTheStartOfTheText() {
        SearchHit hit = searcher.search(SearchRequest.of("kind:review")).hits().get(0);

        assertThat(hit.snippet()).isEqualTo("变更管理不足，升级前未做回归测试");
        assertThat(hit.field()).isEqualTo("root_cause");
    }

    @Test
    void hitsCarryKindIdIncidentChannelAndTime() {
        SearchHit hit = searcher.search(SearchRequest.of("余额")).hits().get(0);

        assertThat(hit).extracting(SearchHit::kind, SearchHit::id, SearchHit::incidentId,
                        SearchHit::channel, SearchHit::time)
                .containsExactly(CaseKind.POST, "p1", "INC-1", "weibo", Instant.parse("2024-03-05T02:00:00Z"));
        assertThat(hit.score()).isPositive();
    }

    @Test
    void anIndexOfTheSameRecordsInAnotherOrderGivesTheSameResults() {
        try (CaseSearcher other = CaseSearcher.open(CaseFixtures.index(temp.resolve("reversed"),
                CaseFixtures.reversed()), Synonyms.none())) {
            for (String query : List.of("*:*", "重复扣款", "理财", "kind:post")) {
                SearchRequest request = SearchRequest.of(query).withLimit(100);
                assertThat(other.search(request)).as(query).isEqualTo(searcher.search(request));
            }
        }
    }

    @Test
    void badSyntaxSaysWhereTheProblemIs() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("a AND ) b")))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessage("query \"a AND ) b\" is not valid Lucene syntax at character 7: unexpected \")\"")
                .satisfies(e -> assertThat(((InvalidSearchQueryException) e).position()).isEqualTo(7));
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("(系统 故障")))
                .hasMessageContaining("at the end: it ends too early")
                .satisfies(e -> assertThat(((InvalidSearchQueryException) e).position()).isEqualTo(7));
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("\"系统")))
                .hasMessageContaining("at the end: it ends too early");
    }

    @Test
    void unknownFieldIsNamedWithItsPosition() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("故障 author:小王")))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("searches field \"author\" at character 4")
                .hasMessageContaining("fields: title, terms, text");
    }

    @Test
    void queryOfOnlyNotClausesIsRefused() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("-演练")))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("only of NOT clauses");
        assertThat(ids("*:* -理财 -kind:incident -kind:review -kind:post")).containsExactly("complaint:c1");
    }

    @Test
    void queryOfOnlyStopWordsIsRefused() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("the")))
                .isInstanceOf(InvalidSearchQueryException.class)
                .hasMessageContaining("no searchable words");
    }

    @Test
    void requestRejectsAnEmptyTimeRangeAndABadLimit() {
        Instant t = Instant.parse("2024-03-05T00:00:00Z");
        assertThatThrownBy(() -> SearchRequest.of("x").withTimeRange(t, t))
                .hasMessageContaining("time range is empty");
        assertThatThrownBy(() -> SearchRequest.of("x").withLimit(0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> SearchRequest.of(" ")).hasMessageContaining("*:*");
    }

    @Test
    void openingAFolderWithoutAnIndexNamesTheFolder() {
        assertThatThrownBy(() -> CaseSearcher.open(temp.resolve("nothing-here")))
                .hasMessageContaining("nothing-here").hasMessageContaining("does not exist");
    }
}
