package com.hindsight.convert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Twitter15/16 propagation tree, built edge by edge in file order, with the deduplication
 * rules of docs/validation.md:
 *
 * <ol>
 * <li>A node is its (uid, tweet id, delay) triple.
 * <li>An edge given again (the same two nodes; most are verbatim repeated lines) counts once.
 * <li>An edge from a node to itself is dropped.
 * <li>The child of the first ROOT line is the root and has no parent, even when other lines
 *     list it under a node (before or after the ROOT line). A later ROOT line naming another
 *     node is a problem ({@link #add} says so); its child gets no parent from it.
 * <li>Any other node listed under several parents keeps the <b>first parent in file order</b>;
 *     the later edges are dropped and counted.
 * </ol>
 *
 * <p>On Twitter15 and Twitter16 these rules leave every node connected to the root. Where they
 * would not (a node only ever listed as a parent, a loop of first parents), the nodes keep the
 * parents they have and are counted as {@link #detachedNodes()}; the Cascades metric then shows
 * them as extra cascades.
 *
 * <p>Memory: the whole tree (one map entry and one edge-set entry per node and distinct edge,
 * some 300 bytes per line). The largest Twitter15/16 tree has about 3,000 lines.
 */
final class PropagationTree {
    private final Map<TreeNode, Integer> index = new HashMap<>();
    private final List<TreeNode> nodes = new ArrayList<>();
    private int[] parent = new int[64];
    private final Set<TreeEdge> edges = new HashSet<>();
    private final Set<Integer> childrenWithExtraParents = new HashSet<>();
    private int root = -1;
    private long repeatedEdges;
    private long selfLoops;
    private long extraParentEdges;
    private long rootParentEdges;

    /**
     * Adds one line's edge.
     *
     * @return a message when the edge is a second ROOT line naming another root (the caller
     *         reports it), empty otherwise
     */
    Optional<String> add(TreeEdge edge) {
        if (!edges.add(edge)) {
            repeatedEdges++;
            return Optional.empty();
        }
        int from = edge.isRoot() ? -1 : node(edge.parent());
        int child = node(edge.child());
        if (edge.isRoot()) {
            return addRootLine(child);
        }
        if (edge.isSelfLoop()) {
            selfLoops++;
            return Optional.empty();
        }
        if (child == root || parent[child] >= 0) {
            dropExtraParent(child);
            return Optional.empty();
        }
        parent[child] = from;
        return Optional.empty();
    }

    private Optional<String> addRootLine(int child) {
        if (root >= 0) {
            return Optional.of("a second ROOT line names another root; the first ROOT line's"
                    + " node stays the root and this line gives its node no parent");
        }
        root = child;
        if (parent[child] >= 0) {
            parent[child] = -1;
            dropExtraParent(child);
        }
        return Optional.empty();
    }

    private void dropExtraParent(int child) {
        extraParentEdges++;
        childrenWithExtraParents.add(child);
        if (child == root) {
            rootParentEdges++;
        }
    }

    private int node(TreeNode node) {
        Integer known = index.get(node);
        if (known != null) {
            return known;
        }
        int i = nodes.size();
        index.put(node, i);
        nodes.add(node);
        if (i == parent.length) {
            parent = Arrays.copyOf(parent, 2 * i);
        }
        parent[i] = -1;
        return i;
    }

    /** Nodes in order of first appearance in the file. */
    List<TreeNode> nodes() {
        return nodes;
    }

    int size() {
        return nodes.size();
    }

    /** The root's position in {@link #nodes()}, -1 when the file had no ROOT line. */
    int root() {
        return root;
    }

    /** The parent's position in {@link #nodes()}, -1 for the root and nodes without parent. */
    int parent(int node) {
        return parent[node];
    }

    long repeatedEdges() {
        return repeatedEdges;
    }

    long selfLoops() {
        return selfLoops;
    }

    /** Distinct edges dropped because their child already had a parent (or is the root). */
    long extraParentEdges() {
        return extraParentEdges;
    }

    /** Nodes listed under more than one parent (the root counts when listed under any node). */
    long childrenWithExtraParents() {
        return childrenWithExtraParents.size();
    }

    /** Of {@link #extraParentEdges()}, those that list the root as a child. */
    long rootParentEdges() {
        return rootParentEdges;
    }

    /** Nodes not reachable from the root (all of them when there is no root). */
    long detachedNodes() {
        int n = nodes.size();
        if (root < 0) {
            return n;
        }
        int[] childCount = new int[n + 1];
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                childCount[parent[v] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            childCount[v + 1] += childCount[v];
        }
        int[] next = Arrays.copyOf(childCount, n);
        int[] children = new int[n];
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                children[next[parent[v]]++] = v;
            }
        }
        boolean[] reached = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(root));
        reached[root] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int k = childCount[v]; k < childCount[v + 1]; k++) {
                int w = children[k];
                if (!reached[w]) {
                    reached[w] = true;
                    count++;
                    queue.add(w);
                }
            }
        }
        return n - count;
    }
}
