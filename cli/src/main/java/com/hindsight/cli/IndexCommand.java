package com.hindsight.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the search index of past cases from the published ingest run:"
                + " incidents with their response timeline, reviews, posts and complaints, in one"
                + " Lucene index (Chinese, English and Spanish analysed). Updates the current index"
                + " in place (only new and changed documents are analysed, removed ones deleted);"
                + " publishes atomically; `hindsight search` reads it. The index is published inside"
                + " the warehouse, or in --index-dir (required when the warehouse is not a local"
                + " folder).")
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StageOptions stage;

    @Mixin
    SparkOptions spark;

    @Mixin
    IndexDirOption indexDir;

    @Option(names = "--full",
            description = "Rebuild the index from nothing. By default the current index run is"
                    + " updated in place: documents whose content changed are replaced, new ones"
                    + " added, those whose row is gone deleted; the documents are the same.")
    boolean full;

    @Override
    public Integer call() {
        HindsightConfig settings = stage.resolve(spark.flags(HindsightConfig.builder()));
        return stage.run(spec, settings, spark.master, indexDir, List.of(new IndexStep(full)));
    }
}
