package com.hindsight.convert;

import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.core.UserErrorException;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts Twitter15/16 propagation trees (Ma, Gao and Wong, ACL 2017) into an archive: one
 * incident per tree, one post per tree node. See docs/validation.md for the mapping and
 * {@link PropagationTree} for how repeated and conflicting edges are resolved.
 *
 * <p>For a dataset named {@code twitter15} it writes {@code incidents/twitter15.jsonl} and
 * {@code media/twitter15.jsonl}, replacing earlier files of those names and nothing else:
 *
 * <ul>
 * <li>incident {@code TW15-<source tweet id>}: bank {@code twitter15}, category {@code other},
 *     title with the rumour label of label.txt, opened at the tree's first post and closed at its
 *     last;
 * <li>post {@code TW15-<source>-<uid>-<tweet id>-<delay>}: channel {@code twitter},
 *     {@code author_id} the uid, {@code parent_id} the parent node's post (none for the root),
 *     {@code published_at} = time zero + delay minutes, and a placeholder text, since the
 *     dataset has none: {@code source tweet}, {@code retweet} (the node carries its parent's,
 *     the root's or the source's tweet id) or {@code reply} (a tweet id of its own).
 * </ul>
 *
 * <p>Time zero is the source tweet's creation time, read from its Snowflake id ({@link
 * Snowflake}), unless a start is given: then every tree starts at that same instant.
 *
 * <p>Cost: streams the trees one file at a time; memory is one tree ({@link PropagationTree})
 * plus label.txt. Twitter15 and Twitter16 together (780,000 lines, 1,812 files) take about 17 s.
 */
public final class TwitterTreeConverter {
    static final String CHANNEL = "twitter";
    static final String CATEGORY = "other";
    static final String SOURCE_TEXT = "source tweet";
    static final String RETWEET_TEXT = "retweet";
    static final String REPLY_TEXT = "reply";

    private static final Logger LOG = LoggerFactory.getLogger(TwitterTreeConverter.class);
    private static final Pattern TREE_FILE = Pattern.compile("\\d+\\.txt");
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

    private final Instant start;

    /** @param start every tree's time zero, or null for each source tweet's own time */
    public TwitterTreeConverter(Instant start) {
        this.start = start;
    }

    /**
     * Converts each input dataset into the archive.
     *
     * @param inputs   dataset folders (or their tree/ folders), each with a distinct name
     * @param archive  the archive folder; created if missing
     * @param problems receives every problem as it is found
     * @throws UserErrorException when an input is not a folder, holds no files, or two
     *                                  inputs have the same name
     * @throws UncheckedIOException     when the archive cannot be written
     */
    public TwitterTreeSummary convert(List<Path> inputs, Path archive,
                                      Consumer<ConversionProblem> problems) {
        List<TwitterDataset> datasets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path input : inputs) {
            TwitterDataset dataset = TwitterDataset.of(input);
            if (!names.add(dataset.name())) {
                throw new UserErrorException("two --in folders are both named "
                        + dataset.name() + "; the name is the dataset's folder name");
            }
            if (treeFiles(dataset).isEmpty()) {
                throw new UserErrorException("--in " + input + " holds no tree files,"
                        + " neither in tree/ nor itself");
            }
            datasets.add(dataset);
        }
        List<TwitterTreeSummary.Dataset> summaries = new ArrayList<>();
        for (TwitterDataset dataset : datasets) {
            summaries.add(convert(dataset, archive, problems));
        }
        return new TwitterTreeSummary(archive, summaries);
    }

    private TwitterTreeSummary.Dataset convert(TwitterDataset dataset, Path archive,
                                               Consumer<ConversionProblem> listener) {
        Counts counts = new Counts(listener);
        Map<String, String> labels = readLabels(dataset, counts);
        String fileName = dataset.name() + ArchiveWriter.JSON_LINES;
        try (ArchiveWriter media = ArchiveWriter.jsonLines(archive, SourceTable.MEDIA, fileName);
             ArchiveWriter incidents = ArchiveWriter.jsonLines(archive, SourceTable.INCIDENTS, fileName)) {
            for (Path file : treeFiles(dataset)) {
                counts.treeFiles++;
                convertTree(dataset, file, labels, media, incidents, counts);
            }
            media.commit();
            incidents.commit();
        }
        TwitterTreeSummary.Dataset summary = counts.summary(dataset);
        LOG.info("stage=convert.twitter-trees dataset={} trees={} posts={} lines={}"
                        + " repeated_edges={} self_loops={} extra_parent_edges={} detached_posts={}"
                        + " problems={}", dataset.name(), summary.trees(), summary.posts(),
                summary.lines(), summary.repeatedEdges(), summary.selfLoops(),
                summary.extraParentEdges(), summary.detachedPosts(), summary.problems());
        return summary;
    }

    private static List<Path> treeFiles(TwitterDataset dataset) {
        try (Stream<Path> files = Files.list(dataset.treeFolder())) {
            return files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataset.treeFolder(), e);
        }
    }

    /** label.txt as tweet id to label; an absent file gives no labels. */
    private static Map<String, String> readLabels(TwitterDataset dataset, Counts counts) {
        Map<String, String> labels = new HashMap<>();
        if (!Files.isRegularFile(dataset.labels())) {
            return labels;
        }
        String file = dataset.display(dataset.labels());
        try (BufferedReader reader = reader(dataset.labels())) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.lastIndexOf(':');
                String label = colon < 0 ? "" : line.substring(0, colon).strip();
                String id = colon < 0 ? "" : line.substring(colon + 1).strip();
                if (label.isEmpty() || !id.matches("\\d+")) {
                    counts.problem(new ConversionProblem(file, number,
                            ConversionProblem.Reason.BAD_LABEL, "not label:tweet_id"));
                    continue;
                }
                labels.put(id, label);
            }
        } catch (IOException e) {
            counts.problem(new ConversionProblem(file, 0, ConversionProblem.Reason.UNREADABLE_FILE,
                    "cannot read the labels (" + e.getMessage() + "); trees get no label"));
        }
        return labels;
    }

    private void convertTree(TwitterDataset dataset, Path file, Map<String, String> labels,
                             ArchiveWriter media, ArchiveWriter incidents, Counts counts) {
        String display = dataset.display(file);
        String name = file.getFileName().toString();
        if (!TREE_FILE.matcher(name).matches()) {
            counts.problem(new ConversionProblem(display, 0,
                    ConversionProblem.Reason.BAD_FILE_NAME,
                    "not <source tweet id>.txt; the file was skipped"));
            return;
        }
        String sourceId = name.substring(0, name.length() - ".txt".length());
        Optional<Instant> zero = start != null ? Optional.of(start) : Snowflake.time(sourceId);
        if (zero.isEmpty()) {
            counts.problem(new ConversionProblem(display, 0, ConversionProblem.Reason.NO_TIME,
                    "tweet id " + sourceId + " is not a Snowflake id, so its time is unknown;"
                            + " the tree was skipped (give --start to place all trees)"));
            return;
        }
        Optional<PropagationTree> read = readTree(file, display, counts);
        if (read.isEmpty()) {
            return;
        }
        PropagationTree tree = read.get();
        if (tree.size() == 0) {
            counts.problem(new ConversionProblem(display, 0, ConversionProblem.Reason.EMPTY_TREE,
                    "no edge in the file; no incident was written"));
            return;
        }
        if (tree.root() < 0) {
            counts.problem(new ConversionProblem(display, 0, ConversionProblem.Reason.NO_ROOT,
                    "no ROOT line: nodes without a parent are written as separate roots"));
        }
        String incidentId = dataset.incidentPrefix() + "-" + sourceId;
        try {
            writePosts(tree, incidentId, sourceId, zero.get(), media);
            writeIncident(tree, dataset, incidentId, sourceId, labels.get(sourceId), zero.get(),
                    incidents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive: " + e.getMessage(), e);
        }
        counts.add(tree, labels.containsKey(sourceId));
    }

    /** The tree, or empty when the file cannot be read to its end (reported). */
    private static Optional<PropagationTree> readTree(Path file, String display, Counts counts) {
        PropagationTree tree = new PropagationTree();
        long number = 0;
        long lines = 0;
        try (BufferedReader reader = reader(file)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    Optional<String> secondRoot = tree.add(TreeEdge.parse(line));
                    if (secondRoot.isPresent()) {
                        counts.problem(new ConversionProblem(display, number,
                                ConversionProblem.Reason.SECOND_ROOT, secondRoot.get()));
                    }
                } catch (BadLineException e) {
                    counts.problem(e.at(display, number));
                }
            }
        } catch (IOException e) {
            counts.problem(new ConversionProblem(display, number + 1,
                    ConversionProblem.Reason.UNREADABLE_FILE, "cannot read on (" + e.getMessage()
                    + "); the tree was skipped"));
            return Optional.empty();
        }
        counts.lines += lines;
        return Optional.of(tree);
    }

    private static void writePosts(PropagationTree tree, String incidentId, String sourceId,
                                   Instant zero, ArchiveWriter media) throws IOException {
        List<TreeNode> nodes = tree.nodes();
        String rootTweet = tree.root() < 0 ? null : nodes.get(tree.root()).tweetId();
        for (int i = 0; i < nodes.size(); i++) {
            TreeNode node = nodes.get(i);
            int parent = tree.parent(i);
            JsonGenerator post = media.startJson();
            post.writeStartObject();
            post.writeStringField("id", postId(incidentId, node));
            post.writeStringField("channel", CHANNEL);
            post.writeStringField("published_at", TIMESTAMP.format(at(zero, node)));
            post.writeStringField("text", text(tree, i, rootTweet, sourceId));
            post.writeStringField("incident_id", incidentId);
            post.writeStringField("author_id", node.uid());
            if (parent >= 0) {
                post.writeStringField("parent_id", postId(incidentId, nodes.get(parent)));
            }
            post.writeEndObject();
            media.endJson();
        }
    }

    private static String text(PropagationTree tree, int node, String rootTweet, String sourceId) {
        if (node == tree.root()) {
            return SOURCE_TEXT;
        }
        String tweet = tree.nodes().get(node).tweetId();
        int parent = tree.parent(node);
        boolean reused = tweet.equals(rootTweet) || tweet.equals(sourceId)
                || (parent >= 0 && tweet.equals(tree.nodes().get(parent).tweetId()));
        return reused ? RETWEET_TEXT : REPLY_TEXT;
    }

    private static void writeIncident(PropagationTree tree, TwitterDataset dataset,
                                       String incidentId, String sourceId, String label,
                                       Instant zero, ArchiveWriter incidents) throws IOException {
        Instant first = null;
        Instant last = null;
        for (TreeNode node : tree.nodes()) {
            Instant at = at(zero, node);
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
        JsonGenerator incident = incidents.startJson();
        incident.writeStartObject();
        incident.writeStringField("id", incidentId);
        incident.writeStringField("bank", dataset.name());
        incident.writeStringField("title", dataset.name() + " propagation tree of tweet " + sourceId
                + (label == null ? "" : " (label: " + label + ")"));
        incident.writeStringField("category", CATEGORY);
        incident.writeStringField("opened_at", TIMESTAMP.format(first));
        incident.writeStringField("closed_at", TIMESTAMP.format(last));
        incident.writeEndObject();
        incidents.endJson();
    }

    static String postId(String incidentId, TreeNode node) {
        return incidentId + "-" + node.uid() + "-" + node.tweetId() + "-" + node.delay();
    }

    private static Instant at(Instant zero, TreeNode node) {
        return zero.plus(node.delayMicros(), ChronoUnit.MICROS);
    }

    /** UTF-8 that fails on bad bytes instead of replacing them. */
    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The running counts of one dataset. */
    private static final class Counts {
        private final Consumer<ConversionProblem> listener;
        private final Map<String, Long> problems = new TreeMap<>();
        long treeFiles;
        long trees;
        long labelled;
        long lines;
        long repeatedEdges;
        long selfLoops;
        long extraParentEdges;
        long childrenWithExtraParents;
        long rootParentEdges;
        long posts;
        long detached;
        long treesWithDetached;

        Counts(Consumer<ConversionProblem> listener) {
            this.listener = listener;
        }

        void problem(ConversionProblem problem) {
            problems.merge(problem.reason().code(), 1L, Long::sum);
            listener.accept(problem);
        }

        void add(PropagationTree tree, boolean hasLabel) {
            trees++;
            labelled += hasLabel ? 1 : 0;
            repeatedEdges += tree.repeatedEdges();
            selfLoops += tree.selfLoops();
            extraParentEdges += tree.extraParentEdges();
            childrenWithExtraParents += tree.childrenWithExtraParents();
            rootParentEdges += tree.rootParentEdges();
            posts += tree.size();
            long detachedNodes = tree.detachedNodes();
            detached += detachedNodes;
            treesWithDetached += detachedNodes > 0 ? 1 : 0;
        }

        TwitterTreeSummary.Dataset summary(TwitterDataset dataset) {
            return new TwitterTreeSummary.Dataset(dataset.name(), dataset.incidentPrefix(),
                    treeFiles, trees, labelled, lines, repeatedEdges, selfLoops,
                    extraParentEdges, childrenWithExtraParents, rootParentEdges, posts, detached,
                    treesWithDetached, problems);
        }
    }
}
