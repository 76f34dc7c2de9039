package com.hindsight.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link TwitterTreeConverter} did, per dataset.
 *
 * @param archive  the archive written to
 * @param datasets one entry per {@code --in}, in the order given
 */
public record TwitterTreeSummary(Path archive, List<Dataset> datasets) {
    public TwitterTreeSummary {
        datasets = List.copyOf(datasets);
    }

    /** Problems reported over all datasets. */
    public long problems() {
        return datasets.stream().mapToLong(Dataset::problems).sum();
    }

    /**
     * The counts of one dataset. Lines are non-blank lines of the tree files; edges and the
     * rules that drop them are those of {@code PropagationTree}.
     *
     * @param name                     dataset name (also the incidents' bank)
     * @param incidentPrefix           start of its incident ids
     * @param treeFiles                files in the tree folder (hidden files aside)
     * @param trees                    trees converted (one incident each)
     * @param labelledTrees            trees with a label in label.txt
     * @param lines                    non-blank lines read from the tree files
     * @param repeatedEdges            edges given again (repeated lines), counted once
     * @param selfLoops                distinct edges from a node to itself, dropped
     * @param extraParentEdges         distinct edges dropped because their child already had a
     *                                 parent or is the root
     * @param childrenWithExtraParents nodes listed under more than one parent
     * @param rootParentEdges          of extraParentEdges, those listing the root as a child
     * @param posts                    nodes written as posts
     * @param detachedPosts            posts not connected to their tree's root
     * @param treesWithDetachedPosts   trees with at least one such post
     * @param problemsByReason         problems reported, by reason code
     */
    public record Dataset(String name, String incidentPrefix, long treeFiles, long trees,
                          long labelledTrees, long lines, long repeatedEdges, long selfLoops,
                          long extraParentEdges, long childrenWithExtraParents,
                          long rootParentEdges, long posts, long detachedPosts,
                          long treesWithDetachedPosts, Map<String, Long> problemsByReason) {
        public Dataset {
            problemsByReason = Map.copyOf(new TreeMap<>(problemsByReason));
        }

        public long problems() {
            return problemsByReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
