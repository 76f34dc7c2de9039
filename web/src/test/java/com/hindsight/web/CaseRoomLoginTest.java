package com.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case room with a users file: nothing without a login; the login form is CSRF-protected. */
class CaseRoomLoginTest {
    @TempDir
    static Path folder;
    static CaseRoom room;
    static HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        TinyWarehouse.publish(folder);
        Path users = folder.resolve("users");
        // cost 4 keeps the test quick; Users.hashLine (cost 12) is tested below
        Files.writeString(users, "# reviewers\nalice:" + at.favre.lib.crypto.bcrypt.BCrypt.withDefaults()
                .hashToString(4, "correct horse".toCharArray()) + "\n");
        room = CaseRoom.start(new CaseRoomSettings(folder, "127.0.0.1", 0, users, UiLanguage.EN, ZoneId.of("UTC")));
    }

    @AfterAll
    static void stop() {
        room.close();
        TinyWarehouse.removeLinks(folder);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + room.port() + path;
    }

    static HttpResponse<String> get(String path, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow();
    }

    static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    static String field(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void nothingWithoutLogin() throws Exception {
        HttpResponse<String> page = get("/cases/INC-1?x=1", null);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=" + enc("/cases/INC-1?x=1"));
        for (String path : List.of("/", "/files/zh/charts/INC-1/hourly-volume.png", "/similar?text=x")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(303);
        }
        assertThat(get("/api/search?q=x", null).statusCode()).isEqualTo(401);
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }

    @Test
    void loginWithCsrfTokenThenLogout() throws Exception {
        HttpResponse<String> form = get("/login?next=" + enc("/cases/INC-1"), null);
        String csrfCookie = cookie(form, CaseRoomHandler.LOGIN_CSRF_COOKIE);
        assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Strict");
        String token = field(form.body(), "csrf");
        String cookies = CaseRoomHandler.LOGIN_CSRF_COOKIE + "=" + value(csrfCookie);

        // without the token, or with another one: refused
        assertThat(post("/login", cookies, "user=alice&password=" + enc("correct horse")).statusCode()).isEqualTo(403);
        assertThat(post("/login", null, "csrf=" + token + "&user=alice&password=" + enc("correct horse")).statusCode())
                .isEqualTo(403);
        // wrong password, unknown user
        assertThat(post("/login", cookies, "csrf=" + token + "&user=alice&password=wrong").statusCode()).isEqualTo(401);
        assertThat(post("/login", cookies, "csrf=" + token + "&user=bob&password=" + enc("correct horse")).statusCode())
                .isEqualTo(401);

        HttpResponse<String> ok = post("/login", cookies, "csrf=" + token + "&user=alice&password="
                + enc("correct horse") + "&next=" + enc("/cases/INC-1"));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/cases/INC-1");
        String session = cookie(ok, CaseRoomHandler.SESSION_COOKIE);
        assertThat(session).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        String sessionCookie = CaseRoomHandler.SESSION_COOKIE + "=" + value(session);

        HttpResponse<String> casePage = get("/cases/INC-1", sessionCookie);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains("alice");
        assertThat(get("/api/search?q=" + enc("重复扣款"), sessionCookie).statusCode()).isEqualTo(200);

        // log out: needs the session's token; afterwards the cookie opens nothing
        String logoutToken = field(casePage.body(), "csrf");
        assertThat(post("/logout", sessionCookie, "csrf=wrong").statusCode()).isEqualTo(303);
        assertThat(get("/", sessionCookie).statusCode()).isEqualTo(200);
        post("/logout", sessionCookie, "csrf=" + logoutToken);
        assertThat(get("/", sessionCookie).statusCode()).isEqualTo(303);
    }

    @Test
    void nextCannotLeaveTheSite() {
        assertThat(CaseRoomHandler.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(CaseRoomHandler.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(CaseRoomHandler.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(CaseRoomHandler.safeNext("/cases/INC-1")).isEqualTo("/cases/INC-1");
    }

    @Test
    void badUsersFilesAreNamedWithTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users");
        Files.writeString(file, "alice:$2a$12$notahash\n");
        assertThatThrownBy(() -> Users.read(file)).isInstanceOf(UserErrorException.class)
                .hasMessageContaining(file + ", line 1").hasMessageContaining("not a bcrypt hash");
        Files.writeString(file, "\n# none\nalice\n");
        assertThatThrownBy(() -> Users.read(file)).hasMessageContaining("line 3").hasMessageContaining("name:bcrypt-hash");
        String line = Users.hashLine("alice", "long enough".toCharArray(), 4);
        Files.writeString(file, line + "\n" + line + "\n");
        assertThatThrownBy(() -> Users.read(file)).hasMessageContaining("line 2").hasMessageContaining("twice");
        Files.writeString(file, "# nobody\n");
        assertThatThrownBy(() -> Users.read(file)).hasMessageContaining("lists no user");
        assertThatThrownBy(() -> Users.hashLine("alice", "short".toCharArray())).hasMessageContaining("at least 8");
        assertThat(Users.hashLine("alice", "long enough".toCharArray())).startsWith("alice:$2a$" + Users.COST + "$");
        // htpasswd -nbB writes $2y$ hashes: accepted
        Files.writeString(file, "bob:" + at.favre.lib.crypto.bcrypt.BCrypt.with(at.favre.lib.crypto.bcrypt.BCrypt.Version.VERSION_2Y)
                .hashToString(4, "secret pass".toCharArray()) + "\n");
        assertThat(Users.read(file).check("bob", "secret pass")).isTrue();
        assertThat(Users.read(file).check("bob", "secret")).isFalse();
    }
}
