package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.convert.CfpbConverter;
import com.hindsight.convert.CfpbSummary;
import com.hindsight.convert.ConversionProblem;
import com.hindsight.convert.TwitterTreeConverter;
import com.hindsight.convert.TwitterTreeSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hindsight convert}: public research datasets into an archive, to validate the analytics
 * on real data (docs/validation.md). One subcommand per dataset family.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a public dataset into an archive for 'hindsight ingest', to"
                + " validate the analytics on real data (see docs/validation.md).",
                "Lines that cannot be converted are set aside, each reported on stderr with file,"
                        + " line and reason (exit 3)."},
        subcommands = {ConvertCommand.TwitterTrees.class, ConvertCommand.Cfpb.class})
final class ConvertCommand {

    @Command(name = "twitter-trees", mixinStandardHelpOptions = true,
            description = {"Convert Twitter15/16 rumour propagation trees (Ma et al., ACL 2017):"
                    + " one incident per tree (TW15-<source tweet id>, category other, bank ="
                    + " dataset name), one post per node (channel twitter, author = user id,"
                    + " parent = the parent node's post, published at time zero + delay"
                    + " minutes, placeholder text). Writes incidents/<name>.jsonl and"
                    + " media/<name>.jsonl.",
                    "A repeated edge counts once, a self-loop is dropped, the ROOT line's node"
                            + " is the root, and a node under several parents keeps the first in"
                            + " file order."})
    static final class TwitterTrees implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--in", required = true, paramLabel = "DIR",
                description = "A dataset folder holding tree/ and label.txt (or its tree/"
                        + " folder). Its name, without -trees, names the dataset: twitter15-trees"
                        + " is twitter15. Repeat for several datasets.")
        List<Path> inputs;

        @Option(names = "--out", required = true, paramLabel = "ARCHIVE",
                description = "The archive folder; created if missing. Only this dataset's own"
                        + " files are replaced.")
        Path out;

        @Option(names = "--start", paramLabel = "INSTANT",
                description = "Start every tree at this instant (ISO-8601 with offset, e.g."
                        + " 2015-01-01T00:00:00Z). Default: each tree at its source tweet's real"
                        + " time, read from the tweet id.")
        String start;

        @Override
        public Integer call() {
            TwitterTreeSummary summary = new TwitterTreeConverter(parseStart(start))
                    .convert(inputs, out, reporter(spec));
            print(spec.commandLine().getOut(), summary, start);
            return summary.problems() > 0 ? ExitCodes.SET_ASIDE : ExitCodes.OK;
        }

        private static Instant parseStart(String text) {
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserErrorException("--start \"" + text + "\" is not an ISO-8601"
                        + " instant with offset, e.g. 2015-01-01T00:00:00Z");
            }
        }

        private static void print(PrintWriter out, TwitterTreeSummary summary, String start) {
            out.printf(Locale.ROOT, "%-10s %6s %8s %8s %9s %10s %13s %9s %9s%n", "dataset",
                    "trees", "posts", "lines", "repeated", "self_loops", "extra_parents",
                    "detached", "problems");
            for (TwitterTreeSummary.Dataset d : summary.datasets()) {
                out.printf(Locale.ROOT, "%-10s %6d %8d %8d %9d %10d %13d %9d %9d%n", d.name(),
                        d.trees(), d.posts(), d.lines(), d.repeatedEdges(), d.selfLoops(),
                        d.extraParentEdges(), d.detachedPosts(), d.problems());
            }
            out.println();
            for (TwitterTreeSummary.Dataset d : summary.datasets()) {
                out.printf(Locale.ROOT, "%s: %d of %d tree files converted as %s-<source tweet"
                                + " id>, %d with a label; %d nodes under several parents kept the"
                                + " first (%d of the dropped edges list the root as a child);"
                                + " %d posts in %d trees are not connected to their root%s%n",
                        d.name(), d.trees(), d.treeFiles(), d.incidentPrefix(), d.labelledTrees(),
                        d.childrenWithExtraParents(), d.rootParentEdges(), d.detachedPosts(),
                        d.treesWithDetachedPosts(), problems(d.problemsByReason()));
            }
            out.println("time zero: " + (start == null
                    ? "each source tweet's own time (from its Snowflake id)" : start));
            out.println("archive: " + summary.archive());
            out.flush();
        }
    }

    @Command(name = "cfpb", mixinStandardHelpOptions = true,
            description = {"Convert CFPB Consumer Complaint Database CSV exports (2014 or"
                    + " current columns) into complaints/<export name>.csv: received_at = Date"
                    + " received, first_response_at = Date sent to company, channel from"
                    + " Submitted via, outcome from the company response; Timely response? is"
                    + " kept as timely_response and its share printed."})
    static final class Cfpb implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--in", required = true, paramLabel = "CSV",
                description = "A CFPB export (UTF-8 CSV with its header). Repeat for several.")
        List<Path> inputs;

        @Option(names = "--out", required = true, paramLabel = "ARCHIVE",
                description = "The archive folder; created if missing. Only the exports' own"
                        + " files are replaced.")
        Path out;

        @Override
        public Integer call() {
            CfpbSummary summary = new CfpbConverter().convert(inputs, out, reporter(spec));
            print(spec.commandLine().getOut(), summary);
            return summary.problems() > 0 ? ExitCodes.SET_ASIDE : ExitCodes.OK;
        }

        private static void print(PrintWriter out, CfpbSummary summary) {
            out.printf(Locale.ROOT, "%-36s %8s %8s %9s %7s %5s %8s%n", "export", "records",
                    "written", "problems", "timely", "not", "share");
            for (CfpbSummary.Export e : summary.exports()) {
                out.printf(Locale.ROOT, "%-36s %8d %8d %9d %7d %5d %7.2f%%%n", e.name(),
                        e.records(), e.written(), e.problems(), e.timelyYes(), e.timelyNo(),
                        100 * e.timelyShare());
            }
            out.println();
            for (CfpbSummary.Export e : summary.exports()) {
                out.printf(Locale.ROOT, "%s -> %s: received %s .. %s; channels %s; outcomes %s;"
                                + " timely response empty or other: %d%s%n", e.name(), e.output(),
                        day(e.firstReceived()), day(e.lastReceived()), counts(e.channels()),
                        counts(e.outcomes()), e.timelyOther(), problems(e.problemsByReason()));
            }
            out.println("archive: " + summary.archive());
            out.flush();
        }

        private static String day(String timestamp) {
            return timestamp.isEmpty() ? "-" : timestamp.substring(0, 10);
        }
    }

    /** Problems go to stderr as they are found, one line each. */
    private static Consumer<ConversionProblem> reporter(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return problem -> {
            err.println("problem: " + problem.describe());
            err.flush();
        };
    }

    private static String counts(Map<String, Long> counts) {
        return new TreeMap<>(counts).entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "(none)" : e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String problems(Map<String, Long> byReason) {
        return byReason.isEmpty() ? "" : "; problems: " + counts(byReason);
    }
}
