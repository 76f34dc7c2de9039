#!/usr/bin/env python3
"""Size, depth, structural virality and time span of Twitter15/16 propagation trees, computed
from the raw tree files with the Python standard library only, independently of Hindsight's
Java converter and Cascades metric. docs/validation.md explains the rules and how the numbers
are used.

Rules (the same *definition* as `hindsight convert twitter-trees`, implemented separately):
  - a node is the (uid, tweet_id, delay) triple, as written in the file;
  - a line repeated verbatim counts once; an edge from a node to itself is dropped;
  - the child of the first ROOT line is the root and has no parent, whatever other lines say;
  - any other node listed under several parents keeps the first parent in file order;
  - the tree is what is reachable from the root (nodes that are not are reported as detached).
Structural virality = mean shortest-path distance over all pairs of the tree's nodes (Goel et al.
2016). Trees of up to --pairs-limit nodes are measured by a breadth-first search from every node
(the definition itself); larger ones by the Wiener index sum over edges of s*(n - s). Both are
computed where both apply and must agree.

Usage:
  tree_metrics.py DIR...             one TSV line per tree (DIR: a dataset folder with tree/, or tree/):
                                     source, nodes, depth, virality, span_hours, detached,
                                     repeated_lines, self_loops, extra_parent_edges
  tree_metrics.py --summary DIR...   per-folder distribution: mean, nearest-rank p50/p90/p99, max
  tree_metrics.py --snowflake DIR... checks the delays against the times inside the tweet ids:
                                     for every node whose tweet id is not the source's, |delay -
                                     (time(tweet id) - time(source id))| in minutes
"""
import math
import os
import re
import sys
from collections import defaultdict, deque

EDGE = re.compile(r"^\['([^']*)', '([^']*)', '([^']*)'\]->\['([^']*)', '([^']*)', '([^']*)'\]$")


def read_tree(path):
    seen_lines, parent, order = set(), {}, {}
    root, stats = None, defaultdict(int)
    with open(path, encoding="utf-8") as lines:
        for text in lines:
            text = text.strip()
            if not text:
                continue
            m = EDGE.match(text)
            if not m:
                stats["bad_lines"] += 1
                continue
            if text in seen_lines:
                stats["repeated_lines"] += 1
                continue
            seen_lines.add(text)
            p, c = m.group(1, 2, 3), m.group(4, 5, 6)
            for node in (p, c):
                if node[0] != "ROOT" and node not in order:
                    order[node] = len(order)
            if p[0] == "ROOT":
                if root is None:
                    root = c
                    if parent.pop(c, None) is not None:
                        stats["extra_parent_edges"] += 1
                continue
            if p == c:
                stats["self_loops"] += 1
                continue
            if c == root or c in parent:
                stats["extra_parent_edges"] += 1
                continue
            parent[c] = p
    return root, parent, list(order), stats


def measure(path, pairs_limit):
    root, parent, nodes, stats = read_tree(path)
    children = defaultdict(list)
    for c, p in parent.items():
        children[p].append(c)
    depth = {root: 0}
    queue, bfs = deque([root]), []
    while queue:
        v = queue.popleft()
        bfs.append(v)
        for w in children[v]:
            if w not in depth:
                depth[w] = depth[v] + 1
                queue.append(w)
    n = len(bfs)
    below = defaultdict(lambda: 1)
    for v in reversed(bfs[1:]):
        below[parent[v]] += below[v]
    wiener = sum(below[v] * (n - below[v]) for v in bfs[1:])
    virality = 2 * wiener / (n * (n - 1)) if n > 1 else None
    if 1 < n <= pairs_limit:
        adjacent = defaultdict(list)
        for v in bfs[1:]:
            adjacent[v].append(parent[v])
            adjacent[parent[v]].append(v)
        total = 0
        for s in bfs:
            dist = {s: 0}
            q = deque([s])
            while q:
                v = q.popleft()
                for w in adjacent[v]:
                    if w not in dist:
                        dist[w] = dist[v] + 1
                        q.append(w)
            total += sum(dist.values())
        pairs_mean = total / (n * (n - 1))
        assert abs(pairs_mean - virality) < 1e-9, (path, pairs_mean, virality)
        virality = pairs_mean
    delays = [float(node[2]) for node in bfs]
    return {
        "source": os.path.basename(path)[:-4], "nodes": n, "depth": max(depth.values()),
        "virality": virality, "span_hours": (max(delays) - min(delays)) / 60,
        "detached": len(nodes) - n, **stats}


def tree_files(folder):
    trees = os.path.join(folder, "tree")
    folder = trees if os.path.isdir(trees) else folder
    return [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".txt")]


def nearest_rank(sorted_values, p):
    return sorted_values[max(math.ceil(p * len(sorted_values) / 100), 1) - 1]


def summary(name, rows):
    print(f"{name}: trees {len(rows)}, posts {sum(r['nodes'] for r in rows)}, detached nodes "
          f"{sum(r['detached'] for r in rows)}, repeated lines "
          f"{sum(r.get('repeated_lines', 0) for r in rows)}, self loops "
          f"{sum(r.get('self_loops', 0) for r in rows)}, extra parent edges "
          f"{sum(r.get('extra_parent_edges', 0) for r in rows)}")
    for key in ("nodes", "span_hours", "depth", "virality"):
        values = sorted(r[key] for r in rows if r[key] is not None)
        print(f"  {key:10s} n={len(values)} mean={sum(values) / len(values):.4f} "
              f"p50={nearest_rank(values, 50):.4f} p90={nearest_rank(values, 90):.4f} "
              f"p99={nearest_rank(values, 99):.4f} max={values[-1]:.4f}")


SNOWFLAKE_EPOCH_MS = 1288834974657


def snowflake_check(folder):
    gaps = []
    for path in tree_files(folder):
        source = os.path.basename(path)[:-4]
        zero = (int(source) >> 22) + SNOWFLAKE_EPOCH_MS
        with open(path, encoding="utf-8") as lines:
            for text in lines:
                m = EDGE.match(text.strip())
                if m and m.group(5) != source:
                    at = (int(m.group(5)) >> 22) + SNOWFLAKE_EPOCH_MS
                    gaps.append(abs((at - zero) / 60000 - float(m.group(6))))
    gaps.sort()
    print(f"{folder}: {len(gaps)} node lines with their own tweet id; |delay - id time| in"
          f" minutes: p50={nearest_rank(gaps, 50):.4f} p99={nearest_rank(gaps, 99):.4f}"
          f" max={gaps[-1]:.4f}")


def main(args):
    pairs_limit = 1000
    if "--pairs-limit" in args:
        i = args.index("--pairs-limit")
        pairs_limit = int(args[i + 1])
        del args[i:i + 2]
    summarise = "--summary" in args
    folders = [a for a in args if a not in ("--summary", "--snowflake")]
    if not folders:
        sys.exit(__doc__)
    for folder in folders:
        if "--snowflake" in args:
            snowflake_check(folder)
            continue
        rows = [measure(f, pairs_limit) for f in tree_files(folder)]
        if summarise:
            summary(folder, rows)
            continue
        for r in rows:
            print("\t".join(str(r.get(k, 0)) for k in ("source", "nodes", "depth", "virality",
                  "span_hours", "detached", "repeated_lines", "self_loops",
                  "extra_parent_edges")))


if __name__ == "__main__":
    main(sys.argv[1:])
