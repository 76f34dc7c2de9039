package com.hindsight.convert;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a Twitter15/16 tree file: {@code ['uid', 'tweet_id', 'delay']->['uid', 'tweet_id',
 * 'delay']}, parent first. The first line of a file is normally {@code ['ROOT', 'ROOT',
 * '0.0']->[source]}: its parent is the ROOT marker, here a null {@link #parent()}.
 *
 * @param parent the parent node, null for a ROOT line
 * @param child  the child node
 */
record TreeEdge(TreeNode parent, TreeNode child) {
    private static final String ROOT = "ROOT";
    private static final String SIDE =
            "\\[\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*,\\s*'([^']*)'\\s*]";
    private static final Pattern LINE = Pattern.compile("^\\s*" + SIDE + "\\s*->\\s*" + SIDE
            + "\\s*$");

    TreeEdge {
        Objects.requireNonNull(child, "child is null");
    }

    boolean isRoot() {
        return parent == null;
    }

    boolean isSelfLoop() {
        return child.equals(parent);
    }

    /**
     * Parses one line.
     *
     * @throws BadLineException with {@link ConversionProblem.Reason#BAD_EDGE} for a line of
     *         another shape or an empty id, {@link ConversionProblem.Reason#BAD_DELAY} for a
     *         delay that is not a number
     */
    static TreeEdge parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new BadLineException(ConversionProblem.Reason.BAD_EDGE, "not an edge"
                    + " ['uid', 'tweet_id', 'delay']->['uid', 'tweet_id', 'delay']");
        }
        TreeNode parent = ROOT.equals(m.group(1)) && ROOT.equals(m.group(2)) ? null
                : node(m.group(1), m.group(2), m.group(3), "parent");
        TreeNode child = node(m.group(4), m.group(5), m.group(6), "child");
        return new TreeEdge(parent, child);
    }

    private static TreeNode node(String uid, String tweetId, String delay, String side) {
        if (uid.isBlank() || tweetId.isBlank()) {
            throw new BadLineException(ConversionProblem.Reason.BAD_EDGE,
                    side + " has an empty user or tweet id");
        }
        if (ROOT.equals(uid) || ROOT.equals(tweetId)) {
            throw new BadLineException(ConversionProblem.Reason.BAD_EDGE, side.equals("child")
                    ? "ROOT can only be a parent" : "a ROOT parent must be ['ROOT', 'ROOT', ...]");
        }
        TreeNode.minutes(delay);
        return new TreeNode(uid, tweetId, delay);
    }
}
