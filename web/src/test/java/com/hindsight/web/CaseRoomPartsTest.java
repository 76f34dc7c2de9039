package com.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRoomPartsTest {
    @Test
    void bothLanguagesHaveTheSameTexts() {
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, UiLanguage.EN.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle zh = ResourceBundle.getBundle(Messages.BUNDLE, UiLanguage.ZH.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(zh.getString("case.lessons")).isEqualTo("经验教训");
    }

    @Test
    void playbookSectionOnlyWhenTheDocumentHasOneAndInjectsOnlyForDrills(@TempDir Path metrics) throws Exception {
        Messages en = Messages.of(UiLanguage.EN);
        Files.writeString(metrics.resolve("INC-7.json"), "{\"incident\": {\"id\": \"INC-7\"}}", StandardCharsets.UTF_8);
        assertThat(CaseDetails.read(metrics, "INC-7", en).orElseThrow().playbook()).isNull();
        Files.writeString(metrics.resolve("INC-8.json"), "{\"incident\": {\"id\": \"INC-8\"}, \"playbook\": {"
                + "\"playbook\": \"default\", \"kind\": \"real\", \"steps\": [{\"action\": \"statement\", "
                + "\"role\": \"pr\", \"target_hours\": 4, \"hours\": 2.5, \"status\": \"met\"}], "
                + "\"extra_actions\": [], \"silent_roles\": [], \"injects\": []}}", StandardCharsets.UTF_8);
        Map<String, Object> real = CaseDetails.read(metrics, "INC-8", en).orElseThrow().playbook();
        assertThat(real).containsEntry("name", "default").containsEntry("kind", "real incident")
                .containsEntry("is_drill", false).containsEntry("silent_roles", List.of());
        assertThat(real.get("steps")).isEqualTo(List.of(Map.of("action", "Statement", "role", "PR", "target", "4.0",
                "hours", "2.5", "status", "met", "status_class", "met")));
    }

    @Test
    void searchesRunningTooLongAreStopped() {
        try (SearchLimiter limiter = new SearchLimiter(1, 1, Duration.ofMillis(200))) {
            CountDownLatch never = new CountDownLatch(1);
            assertThatThrownBy(() -> limiter.run(() -> {
                never.await();
                return 1;
            })).isInstanceOf(SearchLimiter.TimedOut.class);
            assertThat(limiter.run(() -> 2)).isEqualTo(2);
        }
    }

    @Test
    void searchesBeyondTheQueueAreRefused() throws Exception {
        try (SearchLimiter limiter = new SearchLimiter(1, 1, Duration.ofSeconds(5))) {
            CountDownLatch release = new CountDownLatch(1);
            Thread first = new Thread(() -> limiter.run(() -> release.await(5, java.util.concurrent.TimeUnit.SECONDS)));
            Thread second = new Thread(() -> limiter.run(() -> release.await(5, java.util.concurrent.TimeUnit.SECONDS)));
            first.start();
            Thread.sleep(100);
            second.start();
            Thread.sleep(100);
            assertThatThrownBy(() -> limiter.run(() -> 3)).isInstanceOf(SearchLimiter.Busy.class);
            release.countDown();
            first.join();
            second.join();
        }
    }

    @Test
    void sessionsExpire() {
        MutableClock clock = new MutableClock();
        Sessions sessions = new Sessions(clock);
        Sessions.Session session = sessions.create("alice");
        assertThat(session.id()).hasSize(43).isNotEqualTo(session.csrfToken());
        clock.now = clock.now.plus(Sessions.IDLE.minusMinutes(1));
        assertThat(sessions.find(session.id())).isNotNull();
        clock.now = clock.now.plus(Sessions.IDLE.plusMinutes(1));
        assertThat(sessions.find(session.id())).isNull();
        assertThat(sessions.find("made-up")).isNull();
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.allows("10.0.0.1")).isTrue();
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.allows("10.0.0.1")).isFalse();
        assertThat(throttle.allows("10.0.0.2")).isTrue();
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.allows("10.0.0.1")).isTrue();
    }

    @Test
    void highlightsArePiecesNotHtml() {
        assertThat(Highlight.pieces("a «<b>» c")).extracting(p -> p.get("text") + "/" + p.get("marked"))
                .containsExactly("a /false", "<b>/true", " c/false");
    }

    @Test
    void reportFileNamesArePlain() {
        java.nio.file.Path run = java.nio.file.Path.of("/tmp");
        for (String bad : new String[] {"../etc/passwd", "charts/../../x.png", ".hidden.png", "a//b.png",
                "charts/x.exe", "", "charts\\..\\x.png", "%2e%2e/x.png"}) {
            assertThat(ReportFiles.resolve(run, bad)).as(bad).isEmpty();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
