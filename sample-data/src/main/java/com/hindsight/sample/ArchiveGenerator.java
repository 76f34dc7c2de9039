package com.hindsight.sample;

import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generates an archive of sample input: posts, complaints, the incident register, the response
 * timeline and the reviews of a set of fictional incidents. See the package documentation for
 * how incidents are modelled.
 *
 * <p>The archive is written into a temporary sibling folder and moved into place when complete:
 * if the target does not exist it appears in one rename; if it does, the generator's own files in
 * it (see {@link ArchiveLayout}) are replaced and any other file is left alone. A failed run leaves
 * the target as it was.
 *
 * <p>Cost: about 1.5 to 2 seconds of CPU per 100,000 posts, most of it in deflate; memory stays
 * flat with scale (the plans, one cascade and the workbook's row window).
 */
public final class ArchiveGenerator {

    public GenerationSummary generate(GeneratorConfig config, Path outDir) throws IOException {
        Objects.requireNonNull(config, "config is null");
        Path target = Objects.requireNonNull(outDir, "outDir is null").toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("cannot generate into the file system root: " + outDir);
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".generating-");
        try {
            Map<SourceTable, FolderSummary> folders = writeArchive(config, staging);
            install(staging, target);
            return new GenerationSummary(target, config, folders);
        } finally {
            deleteRecursively(staging);
        }
    }

    private static Map<SourceTable, FolderSummary> writeArchive(GeneratorConfig config, Path archive)
            throws IOException {
        for (SourceTable table : SourceTable.values()) {
            Files.createDirectories(ArchiveWriter.folder(archive, table));
        }
        Map<SourceTable, FolderSummary> folders = new EnumMap<>(SourceTable.class);
        if (config.scenario() == Scenario.SAMPLE) {
            folders.putAll(writeIncidents(config, archive));
        } else {
            for (SourceTable table : SourceTable.values()) {
                folders.put(table, new FolderSummary(table.folder(), 0, 0, Map.of(), 0));
            }
        }
        HuaruiDrill.Written drill = new HuaruiDrill(config).write(archive);
        add(folders, SourceTable.INCIDENTS, 1, 1);
        add(folders, SourceTable.INJECTS, drill.injects(), 1);
        add(folders, SourceTable.ACTIONS, drill.actions(), 1);
        add(folders, SourceTable.MEDIA, drill.posts(), 1);
        add(folders, SourceTable.COMPLAINTS, drill.complaints(), 1);
        return folders;
    }

    /** Counts records and files the drill wrote into a folder. */
    private static void add(Map<SourceTable, FolderSummary> folders, SourceTable table, long records,
                            int files) {
        FolderSummary old = folders.get(table);
        folders.put(table, new FolderSummary(old.folder(), old.records() + records, old.duplicates(),
                old.malformed(), old.files() + files));
    }

    /** The sample's real incidents: every folder but injects. */
    private static Map<SourceTable, FolderSummary> writeIncidents(GeneratorConfig config, Path archive)
            throws IOException {
        List<IncidentPlan> plans = IncidentPlanner.plan(config);
        ReviewWriter reviews = new ReviewWriter(config.seed());
        long complaints = 0;
        MediaSink media = new MediaSink(archive);
        ComplaintSink complaintSink = new ComplaintSink(archive);
        IncidentRecords incidents = new IncidentRecords(archive);
        try (media; complaintSink; incidents) {
            for (IncidentPlan plan : plans) {
                IncidentMedia incidentMedia = new IncidentMedia(plan, config, media);
                long incidentPosts = incidentMedia.write();
                IncidentComplaints incidentComplaints = new IncidentComplaints(plan, config, complaintSink);
                long incidentComplaintCount = incidentComplaints.write();
                IncidentFacts facts = new IncidentFacts(incidentPosts, incidentComplaintCount,
                        incidentMedia.negativeShareBefore(), incidentMedia.negativeShareAfter(),
                        incidentComplaints.medianFirstResponseHours(), incidentComplaints.shareAnsweredAfterDay());
                incidents.write(plan, facts);
                if (plan.closed()) {
                    reviews.write(archive, plan, facts);
                }
                complaints += incidentComplaintCount;
            }
            media.commit();
            complaintSink.commit();
            incidents.commit();
        }
        long posts = media.recordsWritten() - media.duplicates();

        Map<SourceTable, FolderSummary> folders = new EnumMap<>(SourceTable.class);
        folders.put(SourceTable.INJECTS, new FolderSummary(SourceTable.INJECTS.folder(), 0, 0, Map.of(), 0));
        Map<MalformedKind, Long> mediaMalformed = new EnumMap<>(MalformedKind.class);
        Map<MalformedKind, Long> complaintMalformed = new EnumMap<>(MalformedKind.class);
        int mediaFiles = media.files();
        int complaintFiles = complaintSink.files();
        if (config.withMalformed()) {
            MalformedDemoWriter demo = new MalformedDemoWriter(config.seed());
            MalformedDemoWriter.Written m = demo.writeMedia(archive);
            posts += m.goodRecords();
            mediaMalformed.putAll(m.malformed());
            mediaFiles += m.files();
            MalformedDemoWriter.Written c = demo.writeComplaints(archive);
            complaints += c.goodRecords();
            complaintMalformed.putAll(c.malformed());
            complaintFiles += c.files();
        }
        folders.put(SourceTable.MEDIA, new FolderSummary(SourceTable.MEDIA.folder(), posts, media.duplicates(),
                mediaMalformed, mediaFiles));
        folders.put(SourceTable.COMPLAINTS, new FolderSummary(SourceTable.COMPLAINTS.folder(), complaints, 0,
                complaintMalformed, complaintFiles));
        folders.put(SourceTable.INCIDENTS, new FolderSummary(SourceTable.INCIDENTS.folder(), incidents.incidents(), 0,
                Map.of(), 1));
        folders.put(SourceTable.ACTIONS, new FolderSummary(SourceTable.ACTIONS.folder(), incidents.actions(), 0,
                Map.of(), 1));
        folders.put(SourceTable.REVIEWS, new FolderSummary(SourceTable.REVIEWS.folder(), reviews.written(), 0,
                Map.of(), reviews.written()));
        return folders;
    }

    /** Moves the staged archive into place, replacing only the generator's files in the target. */
    private static void install(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (AtomicMoveNotSupportedException e) {
                // fall through to moving file by file
            }
        }
        for (SourceTable table : SourceTable.values()) {
            Path folder = ArchiveWriter.folder(target, table);
            Files.createDirectories(folder);
            for (Path stale : ArchiveLayout.generatorFiles(target, table)) {
                Files.delete(stale);
            }
            for (Path fresh : ArchiveLayout.generatorFiles(staging, table)) {
                Files.move(fresh, folder.resolve(fresh.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging folder " + dir, e);
        }
    }
}
