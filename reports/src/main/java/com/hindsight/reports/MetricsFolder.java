package com.hindsight.reports;

import com.hindsight.jobs.analyze.AnalyzeJob;
import com.hindsight.reports.metrics.MetricsDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The {@code metrics/} folder of a published analyze run, on any Hadoop file system. */
final class MetricsFolder {
    static final String FOLDER = AnalyzeJob.METRICS_FOLDER;
    static final String PORTFOLIO = AnalyzeJob.PORTFOLIO_FILE;

    private final Path folder;
    private final FileSystem fs;
    private final String runId;

    MetricsFolder(String analyzeRun, Configuration hadoop) {
        Path run = new Path(analyzeRun);
        this.runId = run.getName();
        this.folder = new Path(run, FOLDER);
        try {
            this.fs = folder.getFileSystem(hadoop);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + folder, e);
        }
    }

    String runId() {
        return runId;
    }

    /** The incident documents' file names, in name order (portfolio.json excluded). */
    List<String> incidentFiles() {
        try {
            List<String> names = new ArrayList<>();
            for (FileStatus status : fs.listStatus(folder)) {
                String name = status.getPath().getName();
                if (status.isFile() && name.endsWith(".json") && !name.equals(PORTFOLIO)) {
                    names.add(name);
                }
            }
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the metrics documents in " + folder, e);
        }
    }

    /** The name a document is reported by: {@code metrics/<file>}. */
    String name(String file) {
        return FOLDER + "/" + file;
    }

    static String incidentId(String file) {
        return file.substring(0, file.length() - ".json".length());
    }

    /** The document's bytes; unreadable or absent is a document problem naming the file. */
    byte[] read(String file) {
        Path path = new Path(folder, file);
        try (FSDataInputStream in = fs.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MetricsDocumentException(name(file),
                    "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
