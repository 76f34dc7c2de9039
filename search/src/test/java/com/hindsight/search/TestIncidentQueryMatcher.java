package com.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestIncidentQueryMatcher {

    private static final long WINDOW_START = millis("2024-03-01T00:00:00Z");
    private static final long WINDOW_END = millis("2024-03-07T23:59:59Z");
    private static final long INSIDE = millis("2024-03-03T12:00:00Z");

    @Test
    void chinesePhraseMatchesTextContainingTheWords() {
        IncidentQueryMatcher matcher = matcherFor("\"重复扣款\"");

        assertThat(matcher.match("昨天我的卡被重复扣款了三次", null, INSIDE)).contains("INC-1");
    }

    @Test
    void chinesePhraseDoesNotMatchUnrelatedChineseText() {
        IncidentQueryMatcher matcher = matcherFor("\"重复扣款\"");

        assertThat(matcher.match("网点排队时间太长，服务态度很差", null, INSIDE)).isEmpty();
        assertThat(matcher.match("重复提交了申请，扣了手续费", null, INSIDE)).isEmpty();
    }

    @Test
    void unquotedChineseTermMeansThePhraseNotEitherWord() {
        IncidentQueryMatcher matcher = matcherFor("手机银行");

        assertThat(matcher.match("今天手机银行又登录不了", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("银行的手机号码填错了", null, INSIDE)).isEmpty();
    }

    @Test
    void englishPhraseMatchesPluralText() {
        IncidentQueryMatcher matcher = matcherFor("\"duplicate debit\"");

        assertThat(matcher.match("Three Duplicate Debits on my card today", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("a debit that looked like a duplicate", null, INSIDE)).isEmpty();
    }

    @Test
    void spanishMatchesWithOrWithoutAccents() {
        assertThat(matcherFor("acción").match("No hubo ninguna accion del banco", null, INSIDE)).contains("INC-1");
        assertThat(matcherFor("accion").match("¡Ninguna ACCIÓN del banco!", null, INSIDE)).contains("INC-1");
        assertThat(matcherFor("\"cobro duplicado\"").match("Me hicieron cobros duplicados", null, INSIDE))
                .contains("INC-1");
    }

    @Test
    void englishAndSpanishWordsMatchInsideChineseText() {
        IncidentQueryMatcher matcher = matcherFor("\"mobile banking\" OR cajero");

        assertThat(matcher.match("今天Mobile Banking又崩了", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("cajeros 全部停机", null, INSIDE)).contains("INC-1");
    }

    @Test
    void titleFieldQuerySearchesOnlyTheTitle() {
        IncidentQueryMatcher matcher = matcherFor("title:停机 AND (手机银行 OR \"mobile banking\")");

        assertThat(matcher.match("mobile banking is down again", "系统停机公告", INSIDE)).contains("INC-1");
        assertThat(matcher.match("系统停机，手机银行不能用", "客户投诉", INSIDE)).isEmpty();
        assertThat(matcher.match("系统停机，手机银行不能用", null, INSIDE)).isEmpty();
    }

    @Test
    void booleanAndRequiresBothTerms() {
        IncidentQueryMatcher matcher = matcherFor("扣款 AND 退款");

        assertThat(matcher.match("重复扣款，至今未退款", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("重复扣款了", null, INSIDE)).isEmpty();
    }

    @Test
    void booleanOrNeedsEitherTerm() {
        IncidentQueryMatcher matcher = matcherFor("\"重复扣款\" OR \"余额错误\" OR \"duplicate debit\"");

        assertThat(matcher.match("账户余额错误", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("duplicate debit again", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("利息少算了", null, INSIDE)).isEmpty();
    }

    @Test
    void booleanNotExcludesTerm() {
        IncidentQueryMatcher matcher = matcherFor("停机 NOT 演练");

        assertThat(matcher.match("系统突然停机", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("停机演练通知", null, INSIDE)).isEmpty();
    }

    @Test
    void timestampOutsideWindowNeverMatches() {
        IncidentQueryMatcher matcher = matcherFor("停机");

        assertThat(matcher.match("系统停机", null, WINDOW_START - 1)).isEmpty();
        assertThat(matcher.match("系统停机", null, WINDOW_END + 1)).isEmpty();
        assertThat(matcher.match("系统停机", null, WINDOW_START)).contains("INC-1");
        assertThat(matcher.match("系统停机", null, WINDOW_END)).contains("INC-1");
    }

    @Test
    void onlyIncidentsWhoseWindowHoldsTheTimestampCompete() {
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(
                new IncidentRule("INC-MARCH", "停机", WINDOW_START, WINDOW_END, 0),
                new IncidentRule("INC-APRIL", "停机", millis("2024-04-01T00:00:00Z"),
                        millis("2024-04-30T00:00:00Z"), 0)));

        assertThat(matcher.match("系统停机", null, millis("2024-04-10T08:00:00Z"))).contains("INC-APRIL");
        assertThat(matcher.match("系统停机", null, INSIDE)).contains("INC-MARCH");
    }

    @Test
    void higherScoreWinsOverEarlierOpenedAt() {
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(
                new IncidentRule("INC-1", "\"重复扣款\"", WINDOW_START, WINDOW_END, 100),
                new IncidentRule("INC-2", "\"重复扣款\" AND 三次", WINDOW_START, WINDOW_END, 200)));

        assertThat(matcher.match("昨天我的卡被重复扣款了三次", null, INSIDE)).contains("INC-2");
        assertThat(matcher.match("昨天我的卡被重复扣款了", null, INSIDE)).contains("INC-1");
    }

    @Test
    void equalScoresGoToEarliestOpenedIncident() {
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(
                new IncidentRule("INC-1", "\"重复扣款\"", WINDOW_START, WINDOW_END, 300),
                new IncidentRule("INC-2", "\"重复扣款\"", WINDOW_START, WINDOW_END, 200),
                new IncidentRule("INC-3", "\"重复扣款\"", WINDOW_START, WINDOW_END, 250)));

        assertThat(matcher.match("重复扣款", null, INSIDE)).contains("INC-2");
    }

    @Test
    void equalScoresAndOpenedAtGoToSmallestId() {
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(
                new IncidentRule("INC-B", "\"重复扣款\"", WINDOW_START, WINDOW_END, 100),
                new IncidentRule("INC-A", "\"重复扣款\"", WINDOW_START, WINDOW_END, 100)));

        assertThat(matcher.match("重复扣款", null, INSIDE)).contains("INC-A");
    }

    @Test
    void invalidQueryFailsCompileWithMessageNamingIncidentAndQuery() {
        List<IncidentRule> rules = List.of(
                rule("INC-1", "停机"),
                rule("INC-7", "(重复扣款"));

        assertThatThrownBy(() -> IncidentQueryMatcher.compile(rules))
                .isInstanceOf(InvalidIncidentQueryException.class)
                .hasMessageStartingWith("incident INC-7: query \"(重复扣款\" is not valid Lucene syntax: ")
                .hasMessageContaining("left open")
                .satisfies(e -> {
                    InvalidIncidentQueryException invalid = (InvalidIncidentQueryException) e;
                    assertThat(invalid.incidentId()).isEqualTo("INC-7");
                    assertThat(invalid.query()).isEqualTo("(重复扣款");
                });
    }

    @Test
    void invalidQueryMessageKeepsTheParsersReason() {
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-3", "*扣款")))
                .contains("incident INC-3: query \"*扣款\" is not valid Lucene syntax:"
                        + " '*' or '?' not allowed as first character in WildcardQuery");
    }

    @Test
    void invalidQueryMessageSaysWhatWasUnexpectedAndWhere() {
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-4", "扣款 AND ) 停机")))
                .contains("incident INC-4: query \"扣款 AND ) 停机\" is not valid Lucene syntax:"
                        + " unexpected \")\" at character 8");
    }

    @Test
    void problemWithReportsEachBadRuleSoTheGoodOnesCanStillBeCompiled() {
        List<IncidentRule> rules = List.of(
                rule("INC-1", "停机"),
                rule("INC-2", "\"重复扣款"),
                rule("INC-3", ""));

        List<String> problems = new ArrayList<>();
        List<IncidentRule> good = new ArrayList<>();
        for (IncidentRule rule : rules) {
            Optional<String> problem = IncidentQueryMatcher.problemWith(rule);
            problem.ifPresentOrElse(problems::add, () -> good.add(rule));
        }

        assertThat(problems).singleElement().asString().startsWith("incident INC-2: query \"\"重复扣款\" ");
        assertThat(IncidentQueryMatcher.compile(good).match("系统停机", null, INSIDE)).contains("INC-1");
    }

    @Test
    void queryOnUnknownFieldIsAProblem() {
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-4", "停机 OR body:故障")))
                .contains("incident INC-4: query \"停机 OR body:故障\" searches field \"body\";"
                        + " only text and title can be searched");
    }

    @Test
    void queryOfOnlyStopWordsIsAProblem() {
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-5", "\"the\" OR el")))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("incident INC-5: query \"\"the\" OR el\" has no searchable words"));
    }

    @Test
    void queryOfOnlyNotClausesIsAProblem() {
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-6", "NOT 演练")))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("incident INC-6: query \"NOT 演练\" has a group made only of NOT clauses"));
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-6", "停机 AND (NOT 演练)"))).isPresent();
        assertThat(IncidentQueryMatcher.problemWith(rule("INC-6", "停机 NOT 演练"))).isEmpty();
    }

    @Test
    void blankQueryIsNoProblemAndNeverMatches() {
        IncidentRule blank = rule("INC-1", "   ");

        assertThat(IncidentQueryMatcher.problemWith(blank)).isEmpty();
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(blank));
        assertThat(matcher.match("任何内容 anything", "任何标题", INSIDE)).isEmpty();
        assertThat(matcher.match("", "", INSIDE)).isEmpty();
    }

    @Test
    void nullTextAndTitleAreReadAsEmpty() {
        IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(List.of(
                rule("INC-1", "text:停机"),
                rule("INC-2", "title:停机")));

        assertThat(matcher.match(null, null, INSIDE)).isEmpty();
        assertThat(matcher.match(null, "系统停机", INSIDE)).contains("INC-2");
        assertThat(matcher.match("系统停机", null, INSIDE)).contains("INC-1");
    }

    @Test
    void matcherReusedAcrossRecordsGivesSameResultsAsFreshMatchers() {
        List<IncidentRule> rules = List.of(
                rule("INC-1", "\"重复扣款\" OR \"duplicate debit\""),
                rule("INC-2", "title:停机 AND (手机银行 OR \"mobile banking\")"),
                rule("INC-3", "acción AND banco"));
        List<String[]> records = List.of(
                new String[] {"昨天我的卡被重复扣款了三次", null},
                new String[] {"今天天气不错", null},
                new String[] {"mobile banking down", "系统停机"},
                new String[] {"mobile banking down", null},
                new String[] {"Ninguna acción del banco", "queja"},
                new String[] {"duplicate debits", "系统停机"},
                new String[] {null, null},
                new String[] {"重复扣款", null});

        IncidentQueryMatcher reused = IncidentQueryMatcher.compile(rules);
        List<Optional<String>> fromReused = new ArrayList<>();
        List<Optional<String>> fromFresh = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (String[] record : records) {
                fromReused.add(reused.match(record[0], record[1], INSIDE));
                fromFresh.add(IncidentQueryMatcher.compile(rules).match(record[0], record[1], INSIDE));
            }
        }

        assertThat(fromReused).isEqualTo(fromFresh);
        assertThat(fromReused.subList(0, records.size())).containsExactly(
                Optional.of("INC-1"), Optional.empty(), Optional.of("INC-2"), Optional.empty(),
                Optional.of("INC-3"), Optional.of("INC-1"), Optional.empty(), Optional.of("INC-1"));
    }

    @Test
    void skippingCandidatesWithoutTheirTermsGivesTheSameLinksAsSearchingEveryCandidate() {
        // every query shape the parser gives: words, phrases, AND, OR, NOT, fields, groups,
        // prefix and fuzzy terms (never skipped), three languages, Traditional and full-width
        List<IncidentRule> rules = List.of(
                rule("INC-1", "\"重复扣款\" OR \"duplicate debit\""),
                rule("INC-2", "title:停机 AND (手机银行 OR \"mobile banking\")"),
                rule("INC-3", "acción AND banco"),
                rule("INC-4", "\"北辰银行\" AND \"小额账户管理费\""),
                rule("INC-5", "扣款 NOT 演练"),
                rule("INC-6", "账户 冻结 (app OR 手机银行)"),
                rule("INC-7", "fraud* OR estaf~1"),
                rule("INC-8", "无法 登录"),
                rule("INC-9", "text:\"customer data\" OR title:leak"));
        List<String> texts = List.of("昨天我的卡被重复扣款了三次", "今天天气不错", "mobile banking down",
                "Ninguna acción del banco", "duplicate debits on my card", "北辰银行“小额账户管理费”引发不满",
                "扣款演练", "扣款失败", "我的帳戶在ＡＰＰ上被凍結", "fraudulent charges", "una estafa",
                "手机银行暂时无法登录", "customer data was leaked", "系统停机", "", "banco", "账户");
        List<String> titles = java.util.Arrays.asList(null, "系统停机公告", "Data leak at the bank",
                "北辰银行恢复收取小额账户管理费");

        IncidentQueryMatcher skipping = IncidentQueryMatcher.compile(rules, true);
        IncidentQueryMatcher searchingAll = IncidentQueryMatcher.compile(rules, false);
        int linked = 0;
        for (String text : texts) {
            for (String title : titles) {
                Optional<String> link = searchingAll.match(text, title, INSIDE);
                assertThat(skipping.match(text, title, INSIDE)).as(text + " | " + title)
                        .isEqualTo(link);
                linked += link.isPresent() ? 1 : 0;
            }
        }
        assertThat(linked).as("records linked: the comparison is not between two empty results")
                .isGreaterThan(30);
    }

    @Test
    void linkingTheBundledSampleWithTheChecksGivesTheLinksOfSearchingEveryCandidate() {
        // every incident's window holds every record: each record meets all six queries
        List<IncidentRule> rules = BundledSampleRecords.queries().stream()
                .map(idAndQuery -> rule(idAndQuery[0], idAndQuery[1])).toList();
        assertThat(rules).hasSize(6);
        IncidentQueryMatcher checking = IncidentQueryMatcher.compile(rules, true);
        IncidentQueryMatcher searchingAll = IncidentQueryMatcher.compile(rules, false);
        java.util.Map<String, Integer> linked = new java.util.TreeMap<>();
        List<String> different = new ArrayList<>();
        for (BundledSampleRecords.Record record : BundledSampleRecords.records()) {
            Optional<String> link = searchingAll.match(record.text(), record.title(), INSIDE);
            Optional<String> checked = checking.match(record.text(), record.title(), INSIDE);
            if (!checked.equals(link)) {
                different.add(link + " / " + checked + ": " + record);
            }
            link.ifPresent(id -> linked.merge(id, 1, Integer::sum));
        }
        assertThat(different).isEmpty();
        assertThat(linked).as("records linked per incident: not a comparison of empty results")
                .hasSize(6).allSatisfy((id, count) -> assertThat(count).as(id).isGreaterThan(50));
    }

    @Test
    void quoteMarksInsideThePhraseDoNotBreakIt() {
        // the sample's four biggest news articles of INC-2025-002 are written like this
        IncidentQueryMatcher matcher = matcherFor("\"北辰银行\" AND \"小额账户管理费\"");

        assertThat(matcher.match("北辰银行“小额账户管理费”引发储户不满", null, INSIDE)).contains("INC-1");
        assertThat(matcher.match("北辰银行「小额账户管理费」", null, INSIDE)).contains("INC-1");
    }

    @Test
    void wordsWithoutAFieldMatchTheTitleToo() {
        IncidentQueryMatcher matcher = matcherFor("\"北辰银行\" AND \"小额账户管理费\"");

        assertThat(matcher.match("储户不满，多家媒体跟进报道", "北辰银行恢复收取小额账户管理费", INSIDE))
                .contains("INC-1");
        assertThat(matcher.match("北辰银行回应", "小额账户管理费恢复收取", INSIDE)).contains("INC-1");
    }

    @Test
    void traditionalCharactersAndFullWidthLettersMatchTheirSimplifiedAndAsciiForms() {
        assertThat(matcherFor("\"账户\" AND app").match("我的帳戶在ＡＰＰ上被凍結", null, INSIDE)).contains("INC-1");
    }

    @Test
    void wordsTheSegmenterSplitsInContextStillMatch() {
        // smartcn segments 无法 differently inside 暂时无法登录; the bigram 无法 is there all the same
        assertThat(matcherFor("无法").match("手机银行暂时无法登录", null, INSIDE)).contains("INC-1");
    }

    private static IncidentQueryMatcher matcherFor(String query) {
        return IncidentQueryMatcher.compile(List.of(rule("INC-1", query)));
    }

    private static IncidentRule rule(String incidentId, String query) {
        return new IncidentRule(incidentId, query, WINDOW_START, WINDOW_END, 0);
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
