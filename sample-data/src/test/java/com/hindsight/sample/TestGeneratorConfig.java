package com.hindsight.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestGeneratorConfig {

    @Test
    void rejectsScaleBelowOne() {
        assertThatThrownBy(() -> new GeneratorConfig(0, 42, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale");
    }

    @Test
    void incidentsAreSixTimesTheRoundedUpSquareRootOfTheScale() {
        assertThat(new GeneratorConfig(1, 1, false).incidentCount()).isEqualTo(6);
        assertThat(new GeneratorConfig(2, 1, false).incidentCount()).isEqualTo(12);
        assertThat(new GeneratorConfig(4, 1, false).incidentCount()).isEqualTo(12);
        assertThat(new GeneratorConfig(5, 1, false).incidentCount()).isEqualTo(18);
        assertThat(new GeneratorConfig(1250, 1, false).incidentCount()).isEqualTo(216);
    }

    @Test
    void bundledSampleIsScaleOneSeed42WithoutMalformedRecords() {
        assertThat(GeneratorConfig.bundledSample()).isEqualTo(new GeneratorConfig(1, 42, false));
    }
}
