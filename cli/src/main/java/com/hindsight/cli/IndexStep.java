package com.hindsight.cli;

import com.hindsight.core.warehouse.Published;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.jobs.index.IndexJob;
import com.hindsight.jobs.index.IndexSummary;
import com.hindsight.playbook.Playbook;
import java.io.PrintWriter;

/** The index stage on the command line: the published ingest run in, the case index out. */
final class IndexStep extends StageStep<IndexSummary> {
    private final boolean full;
    private Playbook playbook;

    /** @param full rebuild the index from nothing instead of updating the current one in place */
    IndexStep(boolean full) {
        super(Stage.INDEX);
        this.full = full;
    }

    @Override
    boolean needsSpark() {
        return true;
    }

    /**
     * Lucene needs a local folder to publish in (the warehouse, or --index-dir for a warehouse
     * on another file system) that can be written: refused before anything starts or is
     * written; so is a bad playbook file (incidents are scored for {@code playbook_missed}).
     */
    @Override
    void check(StageContext context) {
        context.indexFolder();
        context.requireIndexFolderWritable();
        playbook = context.config().scoringPlaybook();
    }

    @Override
    Published<IndexSummary> run(StageContext context) {
        return new IndexJob(context.spark(), playbook).full(full).run(context.warehouse(),
                context.indexFolder(), context.config().keepRunsChecked());
    }

    @Override
    void print(Published<IndexSummary> published, PrintWriter out) {
        new IndexReport(out).print(published);
    }
}
