package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.sample.ArchiveGenerator;
import com.hindsight.sample.GenerationSummary;
import com.hindsight.sample.GeneratorConfig;
import com.hindsight.sample.MalformedKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's main command, run through the real command line on the bundled sample, and the
 * generator's malformed demo archive, with every count checked against what the generator wrote.
 */
class SampleArchiveEndToEndTest {
    private static final Path SAMPLE = Path.of("..", "sample-data", "archive");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Hindsight.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private static JsonNode ingestSummary(Path warehouse) throws IOException {
        String run = Files.readString(warehouse.resolve("ingest/CURRENT")).strip();
        return JSON.readTree(warehouse.resolve("ingest").resolve(run)
                .resolve("ingest-summary.json").toFile());
    }

    @Test
    void ingestsTheBundledSampleWithExactCounts() throws IOException {
        Path warehouse = temp.resolve("warehouse");
        // what the generator wrote for the bundled sample (scale 1, seed 42); the sample-data
        // module's bundledSampleMatchesGenerator test keeps the committed files equal to this
        GenerationSummary written = new ArchiveGenerator()
                .generate(GeneratorConfig.bundledSample(), temp.resolve("regenerated"));

        Result result = run("ingest", "--input", SAMPLE.toString(), "--warehouse",
                warehouse.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("posts").contains("published: ");
        JsonNode tables = ingestSummary(warehouse).get("tables");
        assertThat(tables.at("/posts/accepted").asLong()).isEqualTo(written.posts()).isEqualTo(8155);
        assertThat(tables.at("/posts/duplicates").asLong()).isEqualTo(written.duplicates())
                .isEqualTo(75);
        assertThat(tables.at("/complaints/accepted").asLong()).isEqualTo(written.complaints())
                .isEqualTo(1424);
        assertThat(tables.at("/incidents/accepted").asLong()).isEqualTo(written.incidents())
                .isEqualTo(6);
        assertThat(tables.at("/actions/accepted").asLong()).isEqualTo(written.actions())
                .isEqualTo(70);
        assertThat(tables.at("/reviews/accepted").asLong()).isEqualTo(written.reviews())
                .isEqualTo(5);
        assertThat(ingestSummary(warehouse).get("quarantined_total").asLong()).isZero();
        // the first run's figures, pinned: a change in the generator, analyzer or linker that
        // moves them must be looked at
        assertThat(tables.at("/posts/linked_by_query").asLong()).isEqualTo(2129);
        assertThat(tables.at("/complaints/linked_by_query").asLong()).isEqualTo(387);
    }

    @Test
    void quarantinesExactlyTheMalformedRecordsTheGeneratorWroteAndExitsWithThree()
            throws IOException {
        Path archive = temp.resolve("demo");
        Path warehouse = temp.resolve("warehouse");
        Result generated = run("generate", "--out", archive.toString(), "--malformed");
        assertThat(generated.exitCode()).as(generated.err()).isEqualTo(ExitCodes.OK);
        GenerationSummary written = new ArchiveGenerator()
                .generate(new GeneratorConfig(1, 42, true), temp.resolve("again"));

        Result result = run("ingest", "--input", archive.toString(), "--warehouse",
                warehouse.toString());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.QUARANTINED);
        Map<String, Long> expected = new TreeMap<>();
        for (Map.Entry<MalformedKind, Long> entry : written.malformed().entrySet()) {
            expected.merge(entry.getKey().expectedReason().code(), entry.getValue(), Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        ingestSummary(warehouse).get("tables").forEach(table -> table.get("quarantined_by_reason")
                .fields().forEachRemaining(e -> actual.merge(e.getKey(), e.getValue().asLong(),
                        Long::sum)));
        assertThat(actual).isEqualTo(expected);
        JsonNode tables = ingestSummary(warehouse).get("tables");
        assertThat(tables.at("/posts/accepted").asLong()).isEqualTo(written.posts());
        assertThat(tables.at("/complaints/accepted").asLong()).isEqualTo(written.complaints());
        assertThat(result.out()).contains("quarantined by reason:");
    }

    @Test
    void missingArchiveIsAUsageErrorNamingTheFolder() {
        Result result = run("ingest", "--input", temp.resolve("nope").toString(), "--warehouse",
                temp.resolve("w").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("nope").contains("does not exist");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("ingest", "--input", "a", "--warehouse", "b", "--inptu", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Unknown option");
    }
}
