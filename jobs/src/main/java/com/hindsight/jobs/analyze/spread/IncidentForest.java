package com.hindsight.jobs.analyze.spread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reply/repost trees of one incident, built in memory from its posts: each post is a node, its
 * parent is the post its {@code parent_id} names when that post belongs to the same incident.
 *
 * <ul>
 * <li>A post without parent_id is a root. So is a post whose parent is not among the incident's
 *     posts (missing from the archive, unlinked, or in another incident): an <b>orphan</b> root.
 * <li>Bad data can make parent chains loop. Each loop is broken at its earliest post (then the
 *     smallest id), which becomes a root marked as a <b>cycle root</b>; the rest of the loop and
 *     whatever hangs off it form that root's tree.
 * <li>Ids are unique in the warehouse; should one repeat, the first in (published_at, id,
 *     parent_id) order is kept and the others are ignored.
 * </ul>
 *
 * <p>Nodes are numbered in (published_at, id) order, so every result is deterministic. Cost:
 * O(n log n) for the sort, then O(n) time; memory about 200 bytes per post (the post record, its
 * map entry, a few int arrays).
 */
final class IncidentForest {
    /** One post of the incident; {@code publishedMicros} orders the nodes. */
    record Post(String id, String parentId, long publishedMicros, String authorId) {
    }

    private static final Comparator<Post> ORDER = Comparator.comparingLong(Post::publishedMicros)
            .thenComparing(Post::id)
            .thenComparing(Post::parentId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Post> posts;
    private final int[] parent;
    private final boolean[] orphan;
    private final boolean[] cycleRoot;
    private final int[] childStart;
    private final int[] children;
    /** Nodes tree by tree, each tree breadth-first from its root. */
    private final int[] order;
    /** Where each tree starts in {@link #order}; one extra entry marks the end. */
    private final int[] treeStart;
    private final int[] depth;
    private final int[] subtreeSize;

    IncidentForest(List<Post> unordered) {
        posts = unique(unordered);
        int n = posts.size();
        parent = new int[n];
        orphan = new boolean[n];
        cycleRoot = new boolean[n];
        linkParents();
        breakCycles();
        childStart = new int[n + 1];
        children = new int[n];
        indexChildren();
        order = new int[n];
        depth = new int[n];
        subtreeSize = new int[n];
        treeStart = walkTrees();
    }

    private static List<Post> unique(List<Post> unordered) {
        List<Post> sorted = new ArrayList<>(unordered);
        sorted.sort(ORDER);
        Map<String, Boolean> seen = new HashMap<>();
        List<Post> unique = new ArrayList<>(sorted.size());
        for (Post post : sorted) {
            if (seen.putIfAbsent(post.id(), Boolean.TRUE) == null) {
                unique.add(post);
            }
        }
        return unique;
    }

    private void linkParents() {
        Map<String, Integer> index = new HashMap<>(posts.size() * 2);
        for (int i = 0; i < posts.size(); i++) {
            index.put(posts.get(i).id(), i);
        }
        for (int i = 0; i < posts.size(); i++) {
            String parentId = posts.get(i).parentId();
            Integer p = parentId == null ? null : index.get(parentId);
            parent[i] = p == null ? -1 : p;
            orphan[i] = parentId != null && p == null;
        }
    }

    /**
     * Follows each unvisited node's parent chain. Reaching a node of the current chain means a
     * loop: its smallest node (the earliest post) loses its parent. Every node is walked once.
     */
    private void breakCycles() {
        int n = posts.size();
        int[] chain = new int[n];
        int[] chainOf = new int[n]; // 0: unvisited; k: on (or finished by) the k-th walk
        for (int start = 0, walk = 1; start < n; start++, walk++) {
            if (chainOf[start] != 0) {
                continue;
            }
            int length = 0;
            int node = start;
            while (node >= 0 && chainOf[node] == 0) {
                chainOf[node] = walk;
                chain[length++] = node;
                node = parent[node];
            }
            if (node >= 0 && chainOf[node] == walk) {
                int earliest = node;
                for (int k = length - 1; chain[k] != node; k--) {
                    earliest = Math.min(earliest, chain[k]);
                }
                parent[earliest] = -1;
                cycleRoot[earliest] = true;
            }
        }
    }

    /** Children lists in compressed form: the children of v are children[childStart[v]..]. */
    private void indexChildren() {
        int n = posts.size();
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                childStart[parent[v] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            childStart[v + 1] += childStart[v];
        }
        int[] next = Arrays.copyOf(childStart, n);
        for (int v = 0; v < n; v++) {
            if (parent[v] >= 0) {
                children[next[parent[v]]++] = v;
            }
        }
    }

    /** Breadth-first from every root in node order; fills depth and subtree sizes. */
    private int[] walkTrees() {
        int n = posts.size();
        List<Integer> starts = new ArrayList<>();
        int end = 0;
        for (int root = 0; root < n; root++) {
            if (parent[root] >= 0) {
                continue;
            }
            int begin = end;
            starts.add(begin);
            order[end++] = root;
            for (int k = begin; k < end; k++) {
                int v = order[k];
                for (int c = childStart[v]; c < childStart[v + 1]; c++) {
                    depth[children[c]] = depth[v] + 1;
                    order[end++] = children[c];
                }
            }
            for (int k = end - 1; k >= begin; k--) {
                int v = order[k];
                subtreeSize[v] += 1;
                if (k > begin) {
                    subtreeSize[parent[v]] += subtreeSize[v];
                }
            }
        }
        starts.add(end);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The number of posts (nodes). */
    int size() {
        return posts.size();
    }

    int trees() {
        return treeStart.length - 1;
    }

    /** The nodes of tree {@code t}, breadth-first: {@code order[treeStart(t) .. treeEnd(t))}. */
    int treeStart(int t) {
        return treeStart[t];
    }

    int treeEnd(int t) {
        return treeStart[t + 1];
    }

    int nodeAt(int position) {
        return order[position];
    }

    Post post(int node) {
        return posts.get(node);
    }

    int parent(int node) {
        return parent[node];
    }

    int depth(int node) {
        return depth[node];
    }

    int subtreeSize(int node) {
        return subtreeSize[node];
    }

    int childStart(int node) {
        return childStart[node];
    }

    int childEnd(int node) {
        return childStart[node + 1];
    }

    int child(int position) {
        return children[position];
    }

    boolean isOrphan(int node) {
        return orphan[node];
    }

    boolean isCycleRoot(int node) {
        return cycleRoot[node];
    }
}
