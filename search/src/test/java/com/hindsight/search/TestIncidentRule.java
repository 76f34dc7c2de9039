package com.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class TestIncidentRule {

    @Test
    void rejectsNullIdAndNullQuery() {
        assertThatThrownBy(() -> new IncidentRule(null, "停机", 0, 1, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("incidentId is null");
        assertThatThrownBy(() -> new IncidentRule("INC-1", null, 0, 1, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("query is null");
    }

    @Test
    void rejectsBlankId() {
        assertThatThrownBy(() -> new IncidentRule(" ", "停机", 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("incidentId is blank");
    }

    @Test
    void rejectsWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new IncidentRule("INC-1", "停机", 10, 9, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("incident INC-1: window ends (9) before it starts (10)");
    }

    @Test
    void acceptsWindowOfOneInstant() {
        IncidentRule rule = new IncidentRule("INC-1", "停机", 10, 10, 0);

        assertThat(rule.windowContains(10)).isTrue();
        assertThat(rule.windowContains(9)).isFalse();
        assertThat(rule.windowContains(11)).isFalse();
    }

    @Test
    void windowIncludesBothEnds() {
        IncidentRule rule = new IncidentRule("INC-1", "停机", 100, 200, 0);

        assertThat(rule.windowContains(100)).isTrue();
        assertThat(rule.windowContains(200)).isTrue();
        assertThat(rule.windowContains(99)).isFalse();
        assertThat(rule.windowContains(201)).isFalse();
    }

    @Test
    void blankQueryMeansNoQuery() {
        assertThat(new IncidentRule("INC-1", " \t", 0, 1, 0).hasQuery()).isFalse();
        assertThat(new IncidentRule("INC-1", "停机", 0, 1, 0).hasQuery()).isTrue();
    }

    @Test
    void survivesJavaSerialization() throws IOException, ClassNotFoundException {
        IncidentRule rule = new IncidentRule("INC-7", "\"重复扣款\" OR \"duplicate debit\"", 100, 200, 50);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rule);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(rule);
        }
    }
}
