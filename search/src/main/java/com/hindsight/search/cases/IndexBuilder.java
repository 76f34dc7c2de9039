package com.hindsight.search.cases;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a case index into a folder of the local file system: a new one ({@link #create}), or
 * more documents into one already there ({@link #append}), replacing and deleting documents by
 * their unique {@value CaseIndexSchema#KEY} term.
 *
 * <p>{@link #add} is thread-safe and does the costly part, the analysis (Chinese segmentation
 * above all), on the calling thread: call it from several threads to use several cores. The
 * writer buffers up to {@value #DEFAULT_RAM_BUFFER_MB} MB of analysed documents before it
 * writes a segment, so few segments are written and merged.
 *
 * <p>{@link #close} commits; until then a reader sees nothing. An index that was not closed
 * (the process died) is not valid and its folder must be discarded, which is what staging a run
 * does. Appending never changes a file already in the folder (Lucene files are write-once; a
 * commit writes new ones and only unlinks old ones), so the folder may hold hard links to the
 * files of a published index.
 */
public final class IndexBuilder implements Closeable {
    public static final int DEFAULT_RAM_BUFFER_MB = 256;
    /**
     * Segments are merged up to this size only (Lucene's default is 5 GB), so that a big index
     * keeps several segments of similar size: a search runs its segments on all cores
     * ({@link CaseSearcher}), and one segment holding most of the documents would leave every
     * core but one idle. A small index still ends in one or a few segments.
     */
    static final double MAX_SEGMENT_MB = 256;

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final Map<CaseKind, LongAdder> added = new EnumMap<>(CaseKind.class);

    private IndexBuilder(Path folder, FSDirectory directory, IndexWriter writer) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        for (CaseKind kind : CaseKind.values()) {
            added.put(kind, new LongAdder());
        }
    }

    /** Creates an empty index in {@code folder}, replacing any index already there. */
    public static IndexBuilder create(Path folder) {
        return create(folder, DEFAULT_RAM_BUFFER_MB);
    }

    public static IndexBuilder create(Path folder, int ramBufferMb) {
        return open(folder, ramBufferMb, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Opens the case index in {@code folder} to change it: documents added, replaced or deleted
     * are committed by {@link #close}, on top of what the folder held.
     *
     * @throws UncheckedIOException when the folder holds no index
     */
    public static IndexBuilder append(Path folder) {
        return open(folder, DEFAULT_RAM_BUFFER_MB, IndexWriterConfig.OpenMode.APPEND);
    }

    private static IndexBuilder open(Path folder, int ramBufferMb, IndexWriterConfig.OpenMode mode) {
        Objects.requireNonNull(folder, "folder is null");
        if (ramBufferMb < 16) {
            throw new IllegalArgumentException("ramBufferMb must be at least 16: " + ramBufferMb);
        }
        IndexWriterConfig config = new IndexWriterConfig(CaseIndexSchema.analyzer())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(ramBufferMb)
                .setMergePolicy(new TieredMergePolicy().setMaxMergedSegmentMB(MAX_SEGMENT_MB))
                .setCommitOnClose(true);
        try {
            FSDirectory directory = FSDirectory.open(folder);
            try {
                return new IndexBuilder(folder, directory, new IndexWriter(directory, config));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + (mode == IndexWriterConfig.OpenMode.APPEND
                    ? "open the case index" : "create a case index") + " in " + folder, e);
        }
    }

    /** Analyses and adds one record. Thread-safe. */
    public void add(CaseRecord record) {
        try {
            writer.addDocument(record.toDocument());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add a " + record.kind().key() + " to the case index in "
                    + folder, e);
        }
        added.get(record.kind()).increment();
    }

    /**
     * Analyses one record and puts its document in place of the document with the same
     * {@value CaseIndexSchema#KEY}, if there is one: atomically, a reader sees the old or the new.
     * Thread-safe; counted as {@link #added}.
     */
    public void replace(CaseRecord record) {
        Document document = record.toDocument();
        try {
            writer.updateDocument(keyTerm(document), document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace a " + record.kind().key()
                    + " in the case index in " + folder, e);
        }
        added.get(record.kind()).increment();
    }

    /** Deletes the document of one record, if the index holds it. Thread-safe. */
    public void delete(CaseKind kind, String id) {
        try {
            writer.deleteDocuments(new Term(CaseIndexSchema.KEY, CaseIndexSchema.key(kind, id)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + CaseIndexSchema.key(kind, id)
                    + " from the case index in " + folder, e);
        }
    }

    /** Documents added (or put in place of another) so far, of one kind. */
    public long added(CaseKind kind) {
        return added.get(kind).sum();
    }

    /** Commits and closes the index: from now on readers see every added document. */
    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the case index in " + folder, e);
        } finally {
            closeDirectory();
        }
    }

    /**
     * Drops everything added, replaced or deleted since opening and closes, after a failure; the
     * folder keeps what it held before (nothing, for a new index).
     */
    public void discard() {
        try {
            writer.rollback();
        } catch (IOException ignored) {
            // the caller is already handling a failure, and deletes the folder
        } finally {
            closeDirectory();
        }
    }

    private static Term keyTerm(Document document) {
        String key = document.get(CaseIndexSchema.KEY);
        if (key == null) {
            throw new IllegalStateException("a case document without its " + CaseIndexSchema.KEY
                    + " term");
        }
        return new Term(CaseIndexSchema.KEY, key);
    }

    private void closeDirectory() {
        try {
            directory.close();
        } catch (IOException ignored) {
            // nothing is lost: the index was committed or is being discarded
        }
    }
}
