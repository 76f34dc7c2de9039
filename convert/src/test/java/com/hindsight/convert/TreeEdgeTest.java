package com.hindsight.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TreeEdgeTest {
    @Test
    void readsParentAndChildTriplesVerbatim() {
        TreeEdge edge = TreeEdge.parse(
                "['24165761', '498430783699554305', '0.0']->['33164207', '498430783699554305', '0.3']");

        assertThat(edge.parent()).isEqualTo(new TreeNode("24165761", "498430783699554305", "0.0"));
        assertThat(edge.child()).isEqualTo(new TreeNode("33164207", "498430783699554305", "0.3"));
        assertThat(edge.isRoot()).isFalse();
        assertThat(edge.child().delayMicros()).isEqualTo(18_000_000L);
    }

    @Test
    void readsTheRootLineAsAnEdgeWithoutParent() {
        TreeEdge edge = TreeEdge.parse("['ROOT', 'ROOT', '0.0']->['5402612', '689694470779097088', '-97.9']");

        assertThat(edge.isRoot()).isTrue();
        assertThat(edge.child().delayMicros()).isEqualTo(-5_874_000_000L);
    }

    @Test
    void toleratesSpacesAndCarriageReturns() {
        TreeEdge edge = TreeEdge.parse(" ['1','2','0.45'] -> [ '3' , '2' , '1.00' ]\r");

        assertThat(edge.child()).isEqualTo(new TreeNode("3", "2", "1.00"));
        assertThat(edge.child().delayMicros()).isEqualTo(60_000_000L);
    }

    @Test
    void rejectsALineOfAnotherShapeAsBadEdge() {
        assertThatThrownBy(() -> TreeEdge.parse("['1', '2', '0.0']->['3', '2']"))
                .isInstanceOfSatisfying(BadLineException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConversionProblem.Reason.BAD_EDGE));
        assertThatThrownBy(() -> TreeEdge.parse("['', '2', '0.0']->['3', '2', '1.0']"))
                .isInstanceOfSatisfying(BadLineException.class,
                        e -> assertThat(e.getMessage()).contains("parent has an empty"));
        assertThatThrownBy(() -> TreeEdge.parse("['1', '2', '0.0']->['ROOT', 'ROOT', '1.0']"))
                .isInstanceOfSatisfying(BadLineException.class,
                        e -> assertThat(e.getMessage()).contains("ROOT can only be a parent"));
    }

    @Test
    void rejectsADelayThatIsNoNumberAsBadDelay() {
        assertThatThrownBy(() -> TreeEdge.parse("['1', '2', '0.0']->['3', '2', 'soon']"))
                .isInstanceOfSatisfying(BadLineException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConversionProblem.Reason.BAD_DELAY);
                    assertThat(e.getMessage()).contains("\"soon\"");
                });
        assertThatThrownBy(() -> TreeEdge.parse("['1', '2', 'NaN']->['3', '2', '1.0']"))
                .isInstanceOf(BadLineException.class);
        assertThatThrownBy(() -> TreeEdge.parse("['1', '2', '0.0']->['3', '2', '1e12']"))
                .isInstanceOfSatisfying(BadLineException.class,
                        e -> assertThat(e.getMessage()).contains("out of range"));
    }
}
