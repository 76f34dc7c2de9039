package com.hindsight.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system that is not {@code file:}, for tests: the made-up scheme
 * {@value #SCHEME}{@code :} over this machine's folders ({@code nonlocal://box/tmp/x/warehouse} is
 * the folder {@code /tmp/x/warehouse}), without checksum files. Hindsight must treat it like HDFS or
 * S3: it opens it through Hadoop, not as a local folder. Registered in the tests' Hadoop
 * configuration (src/test/resources/core-site.xml), for {@code FileSystem} and {@code FileContext}.
 */
public final class NonLocalFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "nonlocal";
    private static final String AUTHORITY = "box";
    private static final URI ROOT = URI.create(SCHEME + "://" + AUTHORITY + "/");

    /** The URI of a local folder under this scheme. */
    static String uriOf(java.nio.file.Path folder) {
        return SCHEME + "://" + AUTHORITY + folder.toAbsolutePath().normalize().toUri().getPath();
    }

    @Override
    public URI getUri() {
        return ROOT;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    /** The same file system for {@code FileContext} (atomic renames that replace a file). */
    public static final class Context extends DelegateToFileSystem {
        public Context(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new NonLocalFileSystem(), conf, SCHEME, false);
        }
    }
}
