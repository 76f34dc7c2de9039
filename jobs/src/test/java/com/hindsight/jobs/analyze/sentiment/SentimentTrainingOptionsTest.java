package com.hindsight.jobs.analyze.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SentimentTrainingOptionsTest {
    @Test
    void defaultsAreTheDocumentedSettings() {
        assertThat(SentimentTrainingOptions.defaults()).isEqualTo(new SentimentTrainingOptions(
                java.util.EnumSet.allOf(ChineseTerms.Kind.class), 262_144, 2, 0.1, 100, false,
                true, true, 0.2, 20240305L));
    }

    @Test
    void shippedModelWasTrainedWithTheDefaults() throws IOException {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/models/sentiment-zh.json")) {
            json = new ObjectMapper().readTree(in);
        }
        SentimentTrainingOptions defaults = SentimentTrainingOptions.defaults();

        assertThat(json.path("features").path("kinds")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(defaults.kinds().stream()
                        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList());
        assertThat(json.path("features").path("num_features").asInt())
                .isEqualTo(defaults.numFeatures());
        assertThat(json.path("features").path("min_doc_freq").asInt())
                .isEqualTo(defaults.minDocFreq());
        assertThat(json.path("features").path("also_trained_without_emoticons").asBoolean())
                .isEqualTo(defaults.withoutEmoticons());
        assertThat(json.path("classifier").path("reg_param").asDouble())
                .isEqualTo(defaults.regParam());
        assertThat(json.path("classifier").path("standardization").asBoolean())
                .isEqualTo(defaults.standardization());
        assertThat(json.path("split").path("seed").asLong()).isEqualTo(defaults.seed());
        assertThat(json.path("classifier").path("class_weights").asText())
                .isEqualTo(defaults.balanced() ? "balanced" : "none");
        assertThat(json.path("held_out").path("ChnSentiCorp_htl_all").path("as_written")
                .path("accuracy").asDouble()).isGreaterThan(0.85);
    }

    @Test
    void rejectsAHashingSpaceThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> SentimentTrainingOptions.defaults().withNumFeatures(1000))
                .hasMessage("numFeatures must be a power of two: 1000");
    }

    @Test
    void rejectsATestFractionOutsideZeroAndOne() {
        assertThatThrownBy(() -> new SentimentTrainingOptions(
                java.util.EnumSet.allOf(ChineseTerms.Kind.class), 1024, 1, 0.1, 10, false, false,
                false, 1.0, 1L)).hasMessage("testFraction must be in (0, 1): 1.0");
    }
}
