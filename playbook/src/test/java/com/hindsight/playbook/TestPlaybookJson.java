package com.hindsight.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPlaybookJson {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTimelinesFileReadsBackToTheSameTimelines() {
        IncidentTimeline drill = new IncidentTimeline("DRL-1", "system_failure", "drill",
                Instant.parse("2025-03-01T01:00:00Z"), null,
                List.of(new TimelineAction(Instant.parse("2025-03-01T01:15:00Z"), "management",
                        "plan_activated", "J1")),
                List.of(new Inject("J1", Instant.parse("2025-03-01T01:15:00Z"), "customer_call")));

        byte[] file = PlaybookJson.timelines(List.of(drill), SHANGHAI);

        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("\"planned_at\" : \"2025-03-01T09:15:00+08:00\"");
        assertThat(PlaybookJson.timelinesOf("t.json", file)).containsExactly(drill);
    }

    @Test
    void theSectionReadsBackToTheSameScore() {
        IncidentTimeline drill = new IncidentTimeline("DRL-1", "other", "drill",
                Instant.parse("2025-03-01T01:00:00Z"), Instant.parse("2025-03-01T01:30:00Z"),
                List.of(new TimelineAction(Instant.parse("2025-03-01T03:00:00Z"), "pr",
                        "statement", null), new TimelineAction(Instant.parse(
                                "2025-03-01T02:00:00Z"), "tech", "verified", "J1")),
                List.of(new Inject("J1", Instant.parse("2025-03-01T01:30:00Z"), "customer_call"),
                        new Inject("J2", Instant.parse("2025-03-01T02:30:00Z"), "viral_post")));
        PlaybookScore score = new PlaybookScorer(PlaybookFile.defaultPlaybook()).score(drill);

        PlaybookScore read = PlaybookJson.scoreOf("DRL-1", "other",
                PlaybookJson.section(score, SHANGHAI));

        assertThat(read).isEqualTo(score);
    }

    @Test
    void aFileOfAnotherKindIsRefusedByName() {
        assertThatThrownBy(() -> PlaybookJson.timelinesOf("x.json", "{}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.json is not a timelines file");
    }
}
