package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.ArchiveGenerator;
import com.hindsight.sample.FolderSummary;
import com.hindsight.sample.GenerationSummary;
import com.hindsight.sample.GeneratorConfig;
import com.hindsight.sample.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a realistic, deterministic sample archive: incidents of every kind at"
                + " several banks, repost cascades, official statements, complaints with personal"
                + " data, response timelines and reviews. The same scale and seed always give the"
                + " same archive.",
                "Scale 1 is about 8,000 posts (the bundled sample); posts grow linearly with the"
                        + " scale (125 is about 1 million).",
                "Every archive holds the Huarui Bank drill (incident DRL-2025-001, kind drill):"
                        + " its scripted injects, the team's actions, posts and complaints, in files"
                        + " of its own; --scenario huarui-drill writes the drill alone."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write the archive to; the generator's own files are replaced.")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N",
            description = "Size multiplier, 1 or more (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", defaultValue = "sample", paramLabel = "NAME",
            description = "sample (real incidents of every category and one drill; default) or"
                    + " huarui-drill (the drill alone, following the drill script of"
                    + " docs/playbooks.md).")
    String scenario;

    @Option(names = "--malformed",
            description = "Also write a counted set of bad records of every kind, for demos.")
    boolean malformed;

    @Override
    public Integer call() throws IOException {
        if (scale < 1) {
            throw new UserErrorException("--scale must be 1 or more: " + scale);
        }
        if (out.toAbsolutePath().normalize().getParent() == null) {
            throw new UserErrorException("--out " + out + ": cannot generate into the file system"
                    + " root; name a folder");
        }
        Scenario chosen = Scenario.of(scenario).orElseThrow(() -> new UserErrorException(
                "--scenario " + scenario + " is not a scenario (one of "
                        + String.join(", ", Scenario.keys()) + ")"));
        GenerationSummary summary = new ArchiveGenerator()
                .generate(new GeneratorConfig(scale, seed, malformed, chosen), out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "%-11s %10s %11s %10s %6s%n", "folder", "records",
                "duplicates", "malformed", "files");
        for (SourceTable table : SourceTable.values()) {
            FolderSummary folder = summary.folder(table);
            long bad = folder.malformed().values().stream().mapToLong(Long::longValue).sum();
            printer.printf(Locale.ROOT, "%-11s %10d %11d %10d %6d%n", table.folder(),
                    folder.records(), folder.duplicates(), bad, folder.files());
        }
        if (!summary.malformed().isEmpty()) {
            printer.println();
            printer.println("malformed records by kind:");
            summary.malformed().forEach((kind, n) -> printer.printf(Locale.ROOT,
                    "  %-22s %d (ingest reason: %s)%n", kind.name().toLowerCase(Locale.ROOT), n,
                    kind.expectedReason().code()));
        }
        printer.println();
        printer.println("archive: " + summary.archive());
        printer.flush();
        return ExitCodes.OK;
    }
}
