package com.hindsight.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PropagationTreeTest {
    private static final String ROOT = "['ROOT', 'ROOT', '0.0']->['u0', 't0', '0.0']";

    private static PropagationTree tree(String... lines) {
        PropagationTree tree = new PropagationTree();
        for (String line : lines) {
            tree.add(TreeEdge.parse(line));
        }
        return tree;
    }

    private static String edge(String parentUid, String parentDelay, String childUid,
                               String childDelay) {
        return "['" + parentUid + "', 't0', '" + parentDelay + "']->['" + childUid + "', 't0', '"
                + childDelay + "']";
    }

    /** The parent's uid of each node, in first-appearance order; "-" for none. */
    private static List<String> parents(PropagationTree tree) {
        return IntStream.range(0, tree.size())
                .mapToObj(i -> tree.nodes().get(i).uid() + "<" + (tree.parent(i) < 0 ? "-"
                        : tree.nodes().get(tree.parent(i)).uid()))
                .toList();
    }

    @Test
    void countsARepeatedEdgeOnce() {
        PropagationTree tree = tree(ROOT, edge("u0", "0.0", "u1", "1.0"),
                edge("u0", "0.0", "u1", "1.0"), edge("u0", "0.0", "u1", "1.0"));

        assertThat(parents(tree)).containsExactly("u0<-", "u1<u0");
        assertThat(tree.repeatedEdges()).isEqualTo(2);
        assertThat(tree.extraParentEdges()).isZero();
    }

    @Test
    void dropsAnEdgeFromANodeToItself() {
        PropagationTree tree = tree(ROOT, edge("u0", "0.0", "u0", "0.0"),
                edge("u0", "0.0", "u1", "1.0"), edge("u1", "1.0", "u1", "1.0"));

        assertThat(parents(tree)).containsExactly("u0<-", "u1<u0");
        assertThat(tree.selfLoops()).isEqualTo(2);
        assertThat(tree.detachedNodes()).isZero();
    }

    @Test
    void keepsTheFirstParentInFileOrderOfANodeListedUnderTwo() {
        // u3 is listed under u2 (delay 2.0) first, then under the root (delay 0.0): file order
        // wins over the earlier delay
        PropagationTree tree = tree(ROOT, edge("u0", "0.0", "u1", "1.0"),
                edge("u1", "1.0", "u2", "2.0"), edge("u2", "2.0", "u3", "3.0"),
                edge("u0", "0.0", "u3", "3.0"));

        assertThat(parents(tree)).containsExactly("u0<-", "u1<u0", "u2<u1", "u3<u2");
        assertThat(tree.extraParentEdges()).isEqualTo(1);
        assertThat(tree.childrenWithExtraParents()).isEqualTo(1);
        assertThat(tree.rootParentEdges()).isZero();
    }

    @Test
    void keepsTheRootOfTheRootLineWithoutParentWhereverOtherLinesPutIt() {
        // before the ROOT line: u0 under u9 (as in Twitter15 tree 516371936604352513 the ROOT
        // line is not the first); after it: u0 under u1 (a reversed reply edge)
        PropagationTree tree = tree(edge("u9", "-5.0", "u0", "0.0"), ROOT,
                edge("u0", "0.0", "u9", "-5.0"), edge("u0", "0.0", "u1", "1.0"),
                edge("u1", "1.0", "u0", "0.0"));

        assertThat(parents(tree)).containsExactly("u9<u0", "u0<-", "u1<u0");
        assertThat(tree.root()).isEqualTo(1);
        assertThat(tree.extraParentEdges()).isEqualTo(2);
        assertThat(tree.rootParentEdges()).isEqualTo(2);
        assertThat(tree.childrenWithExtraParents()).isEqualTo(1);
        assertThat(tree.detachedNodes()).isZero();
    }

    @Test
    void reportsASecondRootLineAndGivesItsNodeNoParent() {
        PropagationTree tree = new PropagationTree();
        tree.add(TreeEdge.parse(ROOT));
        Optional<String> again = tree.add(TreeEdge.parse(ROOT));
        Optional<String> second = tree.add(TreeEdge.parse("['ROOT', 'ROOT', '0.0']->['u5', 't5', '0.0']"));

        assertThat(again).isEmpty();
        assertThat(tree.repeatedEdges()).isEqualTo(1);
        assertThat(second).hasValueSatisfying(m -> assertThat(m).contains("second ROOT line"));
        assertThat(parents(tree)).containsExactly("u0<-", "u5<-");
        assertThat(tree.detachedNodes()).isEqualTo(1);
    }

    @Test
    void countsNodesOutsideTheRootsTreeAsDetached() {
        // u7 is only ever a parent; u8 and u9 are each other's first parent (a loop)
        PropagationTree tree = tree(ROOT, edge("u7", "7.0", "u1", "1.0"),
                edge("u8", "8.0", "u9", "9.0"), edge("u9", "9.0", "u8", "8.0"));

        assertThat(parents(tree)).containsExactly("u0<-", "u7<-", "u1<u7", "u8<u9", "u9<u8");
        assertThat(tree.detachedNodes()).isEqualTo(4);
    }

    @Test
    void detachesEveryNodeOfATreeWithoutRootLine() {
        PropagationTree tree = tree(edge("u0", "0.0", "u1", "1.0"));

        assertThat(tree.root()).isEqualTo(-1);
        assertThat(tree.detachedNodes()).isEqualTo(2);
    }
}
