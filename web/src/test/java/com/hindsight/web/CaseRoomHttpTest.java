package com.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.Synonyms;
import com.hindsight.search.cases.CaseJson;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.IncidentFigures;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SimilarRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case room over HTTP, without login (loopback), on {@link TinyWarehouse}. */
class CaseRoomHttpTest {
    @TempDir
    static Path folder;
    static CaseRoom room;
    static HttpClient client;

    @BeforeAll
    static void start() {
        TinyWarehouse.publish(folder);
        room = CaseRoom.start(new CaseRoomSettings(folder, "127.0.0.1", 0, null, UiLanguage.EN,
                ZoneId.of("Asia/Shanghai")));
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        room.close();
        TinyWarehouse.removeLinks(folder);
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + room.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A request sent byte for byte, so no client normalises the path first. */
    static String raw(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", room.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void searchPageGroupsCasesAndMarksMatches() throws Exception {
        HttpResponse<String> page = get("/?q=" + q("重复扣款"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-incident=\"INC-1\"").contains("href=\"/cases/INC-1\"")
                .contains("<mark>").doesNotContain("data-incident=\"INC-2\"");
    }

    @Test
    void apiReturnsExactlyTheCommandLinesJson() throws Exception {
        String query = "重复扣款";
        String description = "核心系统升级之后，很多客户的银行卡被重复扣款，客户要求银行退款";
        PublishedIndex index = PublishedIndex.of(Warehouse.local(folder));
        String searchJson;
        String similarJson;
        // as `hindsight search --json` and `hindsight similar --json` build their answers
        try (CaseSearcher searcher = CaseSearcher.open(index.folder(), Synonyms.builtIn())) {
            searchJson = CaseJson.cases(query, index.runId(), searcher.searchCases(SearchRequest.of(query)));
        }
        try (CaseSearcher searcher = CaseSearcher.open(index.folder(), Synonyms.none())) {
            similarJson = CaseJson.similar(searcher.similar(SimilarRequest.ofText(description),
                    IncidentFigures.of(Warehouse.local(folder))));
        }
        HttpResponse<String> search = get("/api/search?q=" + q(query));
        assertThat(search.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(search.body()).isEqualTo(searchJson).contains("\"incident_id\" : \"INC-1\"");
        HttpResponse<String> similar = get("/api/similar?text=" + q(description));
        assertThat(similar.body()).isEqualTo(similarJson);
        assertThat(similarJson.indexOf("\"incident_id\" : \"INC-1\"")).isPositive();
        assertThat(get("/api/search?q=x&limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void storedScriptIsShownAsText() throws Exception {
        String body = get("/?q=" + q("还我钱")).body();
        assertThat(body).contains("&lt;script&gt;alert(").doesNotContain("<script>");
    }

    @Test
    void casePageShowsThePlaybookScoreAfterTheTimelineInBothLanguages() throws Exception {
        String zh = get("/cases/INC-1?lang=zh").body();
        String section = zh.substring(zh.indexOf("<section id=\"playbook\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(zh.indexOf("id=\"timeline\"")).isLessThan(zh.indexOf("<section id=\"playbook\">"))
                .isPositive();
        assertThat(zh.indexOf("<section id=\"playbook\">")).isLessThan(zh.indexOf("<section id=\"review\">"));
        assertThat(section).contains("<h2>预案对照</h2>")
                // the playbook's name is stored text: escaped, never markup
                .contains("系统故障预案 &lt;b&gt;v2&lt;/b&gt;").doesNotContain("<b>v2")
                .contains("<span id=\"playbook-kind\">演练</span>")
                .contains("<tr><td>发现</td><td>舆情监测</td><td class=\"num\">1.0</td><td class=\"num\">0.5</td>"
                        + "<td class=\"status met\">达标</td></tr>")
                .contains("<tr><td>发布声明</td><td>品牌公关</td><td class=\"num\">4.0</td><td class=\"num\">6.5</td>"
                        + "<td class=\"status late\">未达标（超时）</td></tr>")
                .contains("<tr><td>报告监管</td><td>法律合规</td><td class=\"num\">4.0</td><td class=\"num\">–</td>"
                        + "<td class=\"status missing\">未达标（未执行）</td></tr>")
                .contains("<td class=\"status no_target\">非必需</td>")
                .contains("<h3>未行动的角色</h3>").contains("<li>法律合规</li><li>科技</li>")
                .contains("<li>其他 · 客户服务 · 2024-03-05 11:30</li>")
                .contains("<tr><td>INJ-01</td><td>2024-03-05 09:15</td><td class=\"num\">0.3</td>"
                        + "<td class=\"status met\">已响应</td></tr>")
                .contains("<tr><td>INJ-02</td><td>2024-03-05 10:30</td><td class=\"num\">–</td>"
                        + "<td class=\"status missing\">未响应</td></tr>");
        String en = get("/cases/INC-1?lang=en").body();
        assertThat(en).contains("<h2>Playbook</h2>").contains("<span id=\"playbook-kind\">drill</span>")
                .contains("<tr><td>Regulator informed</td><td>Legal</td><td class=\"num\">4.0</td>"
                        + "<td class=\"num\">–</td><td class=\"status missing\">missed (not done)</td></tr>")
                .contains("<h3>Roles that never acted</h3>").contains("<li>Legal</li><li>Technology</li>")
                .contains("<h3>Done, not in the playbook</h3>").contains("<li>Other · Customer service · 2024-03-05 11:30</li>")
                .contains("<h3>Drill injects</h3>")
                .contains("<td class=\"status missing\">unanswered</td>").contains("<td class=\"status met\">answered</td>");
    }

    @Test
    void casePageShowsFiguresTimelineReviewChartsAndWorkbook() throws Exception {
        HttpResponse<String> page = get("/cases/INC-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("核心系统升级故障导致重复扣款").contains("1,234")
                .contains("重大变更须完成回归测试和回退演练").contains("建立变更上线前回归测试清单")
                .contains("First statement").contains("missed (late)")
                .contains("src=\"/files/zh/charts/INC-1/hourly-volume.png\"")
                .contains("href=\"/files/zh/incidents/INC-1.xlsx\"")
                // a review text carrying markup is escaped, never markup
                .contains("&lt;img src&#61;x onerror&#61;alert(2)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void unknownIncidentIsA404PageWithoutStackTrace() throws Exception {
        for (String path : new String[] {"/cases/INC-404", "/cases/" + q("<script>"), "/nowhere"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Not found").doesNotContain("Exception")
                    .doesNotContain("at com.").doesNotContain("<script>");
        }
    }

    @Test
    void fileRoutesStayInsideTheReportRun() throws Exception {
        assertThat(raw("GET", "/files/zh/charts/INC-1/hourly-volume.png")).startsWith("HTTP/1.1 200")
                .contains("Content-Type: image/png");
        for (String target : new String[] {"/files/../../etc/passwd", "/files/%2e%2e/%2e%2e/etc/passwd",
                "/files/..%2f..%2fetc%2fpasswd", "/files/%2e%2e%2f%2e%2e%2fsecret.png", "/files/../../secret.png",
                "/files/zh/charts/INC-1/leak.png", "/files/zh/charts/INC-1/..%2f..%2f..%2f..%2f..%2fsecret.png",
                "/files/.%2e/.%2e/secret.png", "/files//etc/passwd", "/files/charts%5c..%5c..%5csecret.png"}) {
            String answer = raw("GET", target);
            assertThat(answer).as(target).doesNotStartWith("HTTP/1.1 200").doesNotContain("root:")
                    .doesNotContain("not for the web");
            assertThat(answer).as(target).matches("(?s)HTTP/1.1 (400|404).*");
        }
    }

    @Test
    void requestsThroughAProxyNeedUsers() throws Exception {
        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + room.port() + "/"))
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.body()).contains("--users");
    }

    @Test
    void onlyReadingIsAllowed() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertThat(raw(method, "/")).as(method).startsWith("HTTP/1.1 405").contains("Allow: GET, HEAD");
        }
        assertThat(raw("HEAD", "/cases/INC-1")).startsWith("HTTP/1.1 200");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String target : new String[] {"/", "/cases/INC-1", "/cases/nope", "/files/%2e%2e/x",
                "/api/search?q=x", "/static/case-room.css"}) {
            String answer = raw("GET", target);
            assertThat(answer).as(target).contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void queriesAreBounded() throws Exception {
        HttpResponse<String> tooLong = get("/?q=" + "a".repeat(SearchForm.MAX_QUERY_CHARS + 1));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most " + SearchForm.MAX_QUERY_CHARS);
        HttpResponse<String> bad = get("/?q=" + q("a AND ) b"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not valid Lucene syntax");
        HttpResponse<String> api = get("/api/search?q=" + q("a AND ) b"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(api.body()).startsWith("{\"error\":");
    }

    @Test
    void aNewIndexRunIsPickedUpWithoutRestart() throws Exception {
        assertThat(get("/?q=" + q("闪退")).body()).doesNotContain("INC-3");
        TinyWarehouse.publishIndex(folder, true);
        assertThat(get("/?q=" + q("闪退")).body()).contains("data-incident=\"INC-3\"");
    }

    @Test
    void languageSwitches() throws Exception {
        assertThat(get("/?lang=zh").body()).contains("以前发生过吗？").contains("lang=\"zh\"");
        assertThat(get("/?lang=en").body()).contains("Has this happened before?");
    }

    @Test
    void nonLoopbackAddressNeedsUsers() {
        assertThatThrownBy(() -> new CaseRoomSettings(folder, "0.0.0.0", 0, null, UiLanguage.EN, ZoneId.of("UTC")))
                .isInstanceOf(UserErrorException.class).hasMessageContaining("--users");
    }

    @Test
    void templatesNeverWriteUnescaped() throws Exception {
        for (String page : Pages.PAGES) {
            try (InputStream in = Pages.class.getResourceAsStream("templates/" + page + ".mustache")) {
                String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(template).as(page).doesNotContain("{{{").doesNotContain("{{&").doesNotContain("<script");
            }
        }
        assertThat(Files.exists(folder)).isTrue();
    }
}
