package com.hindsight.jobs.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Warehouse;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse opens by what the user typed: local without Hadoop, other file systems through it. */
class WarehousesTest {
    @TempDir
    Path root;

    @Test
    void aLocalPathOpensALocalWarehouse() {
        Warehouse warehouse = Warehouses.open(root.toString(), new Configuration());
        assertThat(warehouse.isLocal()).isTrue();
        assertThat(warehouse.root()).isEqualTo(root.toString());
    }

    @Test
    void anHdfsWarehouseIsRefusedByNameWhereALocalOneIsNeeded() {
        // no name node is contacted until a file is touched
        Warehouse remote = Warehouses.open("hdfs://127.0.0.1:9/warehouse", new Configuration());
        assertThat(remote.isLocal()).isFalse();
        assertThatThrownBy(() -> remote.requireLocal("the search index"))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("warehouse hdfs://127.0.0.1:9/warehouse is not a folder on this machine;"
                        + " the search index needs a local folder (a path, not a URI)");
    }

    @Test
    void anUnknownHostIsAUserErrorNamingTheWarehouse() {
        assertThatThrownBy(() -> Warehouses.open("hdfs://no-such-host.invalid:8020/warehouse",
                new Configuration()).requireExists())
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("cannot reach warehouse hdfs://no-such-host.invalid:8020/warehouse");
    }
}
