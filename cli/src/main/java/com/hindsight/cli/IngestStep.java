package com.hindsight.cli;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.jobs.ingest.IngestJob;
import com.hindsight.jobs.ingest.IngestOptions;
import com.hindsight.jobs.ingest.IngestSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The ingest stage on the command line: the archive in, the warehouse tables out. */
final class IngestStep extends StageStep<IngestSummary> {
    private final String input;
    private final boolean full;
    private IngestOptions options;

    IngestStep(String input, boolean full) {
        super(Stage.INGEST);
        this.input = input;
        this.full = full;
    }

    @Override
    boolean needsSpark() {
        return true;
    }

    /** The settings, and a local archive folder, are checked before Spark starts. */
    @Override
    void check(StageContext context) {
        options = context.config().ingestOptions();
        Path local = LocalFiles.pathOf(input).orElse(null);
        if (local != null && !Files.isDirectory(local)) {
            throw new UserErrorException("archive folder " + local.toAbsolutePath() + " not found"
                    + (Files.exists(local) ? " (it is a file; --input takes the archive folder)"
                    : " (no such folder)"));
        }
    }

    @Override
    Published<IngestSummary> run(StageContext context) {
        return new IngestJob(context.spark(), options).run(input, context.warehouse(),
                full);
    }

    @Override
    void print(Published<IngestSummary> published, PrintWriter out) {
        new IngestReport(out).print(published);
    }
}
