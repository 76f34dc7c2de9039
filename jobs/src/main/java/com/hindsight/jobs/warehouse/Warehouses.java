package com.hindsight.jobs.warehouse;

import com.hindsight.core.warehouse.LocalFiles;
import com.hindsight.core.warehouse.Warehouse;
import org.apache.hadoop.conf.Configuration;

/** Opens a warehouse by what the user typed: a local path, or a URI of a Hadoop file system. */
public final class Warehouses {
    private Warehouses() {
    }

    /**
     * A local path or {@code file:} URI opens without Hadoop ({@link Warehouse#local}); any other
     * scheme ({@code hdfs://}, {@code s3a://}) through Hadoop with {@code conf}.
     */
    public static Warehouse open(String location, Configuration conf) {
        return LocalFiles.pathOf(location).map(Warehouse::local)
                .orElseGet(() -> new Warehouse(new HadoopFiles(location, conf)));
    }
}
