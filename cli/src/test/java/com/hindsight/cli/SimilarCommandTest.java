package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hindsight similar` on a small index: its arguments, outputs and errors (quality: SampleArchiveEndToEndTest). */
class SimilarCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path temp;
    static String warehouse;

    @BeforeAll
    static void publishIndex() {
        warehouse = temp.resolve("warehouse").toString();
        SmallCaseIndex.publish(Path.of(warehouse));
    }

    @Test
    void needsADescriptionOrAnIncidentButNotBoth() {
        CommandRun neither = CommandRun.of("similar", "--warehouse", warehouse);
        CommandRun both = CommandRun.of("similar", "--warehouse", warehouse, "--incident", "INC-1", "扣款");

        assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(neither.err()).contains("give either a description or an incident id, not neither");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void anUnknownIncidentIsAUsageError() {
        CommandRun result = CommandRun.of("similar", "--warehouse", warehouse, "--incident", "INC-9");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("incident \"INC-9\" is not in the index");
    }

    @Test
    void anUnrelatedDescriptionFindsNothingAndSaysSo() throws IOException {
        CommandRun readable = CommandRun.of("similar", "--warehouse", warehouse, "今天天气很好，我们去公园散步");
        CommandRun json = CommandRun.of("similar", "--warehouse", warehouse, "--json", "今天天气很好，我们去公园散步");

        assertThat(readable.exitCode()).as(readable.err()).isEqualTo(ExitCodes.OK);
        assertThat(readable.out()).startsWith("0 similar past incidents for: 今天天气很好").contains("No past incident");
        JsonNode document = JSON.readTree(json.out());
        assertThat(document.get("incidents").isArray()).isTrue();
        assertThat(document.get("incidents")).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedFields() throws IOException {
        JsonNode document = JSON.readTree(CommandRun.of("similar", "--warehouse", warehouse, "--json",
                "客户被重复扣款，要求退还，核心系统升级故障").out());

        assertThat(document.get("incidents")).hasSize(1);
        JsonNode incident = document.at("/incidents/0");
        assertThat(incident.get("incident_id").asText()).isEqualTo("INC-1");
        assertThat(incident.get("score").asDouble()).isPositive();
        assertThat(incident.get("title").asText()).isEqualTo("核心系统升级故障");
        assertThat(incident.get("category").asText()).isEqualTo("system_failure");
        assertThat(incident.get("bank").asText()).isEqualTo("华信银行");
        assertThat(incident.get("matched_terms")).isNotEmpty();
        assertThat(incident.get("root_cause").asText()).isEqualTo("变更管理不足，升级前未做回归测试");
        assertThat(incident.at("/lessons/0").asText()).isEqualTo("重大变更须灰度发布");
        assertThat(incident.at("/actions/0/title").asText()).isEqualTo("建立回归测试清单");
        assertThat(incident.at("/actions/0/owner").asText()).isEqualTo("信息科技部");
        assertThat(incident.at("/actions/0/due").asText()).isEqualTo("2024-06-30");
        assertThat(incident.at("/key_figures").has("posts")).isTrue();
    }
}
