package com.hindsight.jobs.warehouse;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.WarehouseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * A warehouse on a Hadoop file system (HDFS, S3A, ...), for the Spark stages on a cluster. A
 * warehouse on this machine is served by {@link com.hindsight.core.warehouse.LocalFiles} instead.
 */
public final class HadoopFiles implements WarehouseFiles {
    private final Path root;
    private final Configuration conf;
    private final FileSystem fs;

    public HadoopFiles(String uri, Configuration conf) {
        try {
            Path path = new Path(uri);
            this.fs = path.getFileSystem(conf);
            this.root = fs.makeQualified(path);
            this.conf = conf;
        } catch (IOException e) {
            throw unreachable(uri, e);
        } catch (IllegalArgumentException e) {
            // Hadoop wraps an unknown name node host this way
            if (e.getCause() instanceof UnknownHostException unknown) {
                throw unreachable(uri, unknown);
            }
            throw e;
        }
    }

    private Path resolve(String relative) {
        return relative.isEmpty() ? root : new Path(root, relative);
    }

    @Override
    public String location(String relative) {
        return resolve(relative).toString();
    }

    @Override
    public String display(String relative) {
        return resolve(relative).toString();
    }

    @Override
    public Optional<java.nio.file.Path> localPath(String relative) {
        return Optional.empty();
    }

    @Override
    public boolean exists(String relative) throws IOException {
        try {
            return fs.exists(resolve(relative));
        } catch (UnknownHostException | ConnectException e) {
            throw unreachable(root.toString(), e);
        }
    }

    @Override
    public byte[] read(String relative) throws IOException {
        try (var in = fs.open(resolve(relative))) {
            return in.readAllBytes();
        }
    }

    @Override
    public void write(String relative, byte[] content) throws IOException {
        try (FSDataOutputStream out = plainFileSystem().create(resolve(relative), true)) {
            out.write(content);
        }
    }

    @Override
    public void replaceAtomically(String relative, byte[] content) throws IOException {
        Path target = resolve(relative);
        Path temporary = new Path(target.getParent(), "." + target.getName() + "."
                + ProcessHandle.current().pid() + "." + Thread.currentThread().getId());
        try (FSDataOutputStream out = plainFileSystem().create(temporary, true)) {
            out.write(content);
            out.hsync();
        }
        // an overwriting rename is atomic on HDFS
        FileContext.getFileContext(root.toUri(), conf)
                .rename(temporary, target, Options.Rename.OVERWRITE);
    }

    @Override
    public boolean createExclusively(String relative, byte[] content) throws IOException {
        try (FSDataOutputStream out = plainFileSystem().create(resolve(relative), false)) {
            out.write(content);
            out.hsync();
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException taken) {
            return false;
        }
    }

    @Override
    public List<String> files(String relative) throws IOException {
        return children(relative, true);
    }

    @Override
    public List<String> folders(String relative) throws IOException {
        return children(relative, false);
    }

    private List<String> children(String relative, boolean wantFiles) throws IOException {
        Path folder = resolve(relative);
        if (!fs.exists(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (FileStatus status : fs.listStatus(folder)) {
            if (status.isFile() == wantFiles) {
                names.add(status.getPath().getName());
            }
        }
        Collections.sort(names);
        return names;
    }

    @Override
    public void makeFolders(String relative) throws IOException {
        fs.mkdirs(resolve(relative));
    }

    @Override
    public void move(String from, String to) throws IOException {
        Path target = resolve(to);
        if (!fs.exists(resolve(from))) {
            throw new java.io.FileNotFoundException(resolve(from).toString());
        }
        fs.mkdirs(target.getParent());
        if (!fs.rename(resolve(from), target)) {
            throw new IOException("cannot move " + resolve(from) + " to " + target);
        }
    }

    @Override
    public void delete(String relative) throws IOException {
        fs.delete(resolve(relative), true);
    }

    /**
     * The file system for the small files the warehouse writes itself (summaries, documents, the
     * pointer): without Hadoop's ".crc" side files where the file system adds them.
     */
    private FileSystem plainFileSystem() {
        return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
    }

    private static RuntimeException unreachable(String uri, IOException e) {
        if (e instanceof UnknownHostException || e instanceof ConnectException) {
            return new UserErrorException("cannot reach warehouse " + uri + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check the URI"
                    + " and that the file system is up", e);
        }
        return new UncheckedIOException("cannot open warehouse " + uri, e);
    }
}
