package com.hindsight.convert;

import com.hindsight.core.UserErrorException;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts CFPB Consumer Complaint Database CSV exports into archive complaints with the
 * mapping of {@link CfpbMapping}: export {@code NAME.csv} becomes {@code complaints/NAME.csv}
 * (RFC 4180, CRLF between records, the {@link CfpbMapping#ARCHIVE_HEADER} header), replacing an
 * earlier file of that name.
 *
 * <p>A record the mapping cannot convert is reported with the line it starts on and left out;
 * the conversion goes on. Cost: streams one record at a time; memory is one record.
 */
public final class CfpbConverter {
    private static final Logger LOG = LoggerFactory.getLogger(CfpbConverter.class);
    private static final CSVFormat EXPORT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();
    private static final String TIMELY_YES = "Yes";
    private static final String TIMELY_NO = "No";

    /**
     * Converts each export into the archive.
     *
     * @param exports  CFPB CSV exports, with distinct file names
     * @param archive  the archive folder; created if missing
     * @param problems receives every problem as it is found
     * @throws UserErrorException       when an export is not a file or two have the same name
     * @throws UncheckedIOException     when the archive cannot be written
     */
    public CfpbSummary convert(List<Path> exports, Path archive,
                               Consumer<ConversionProblem> problems) {
        Set<String> names = new HashSet<>();
        for (Path export : exports) {
            if (!Files.isRegularFile(export)) {
                throw new UserErrorException("--in " + export + " is not a file");
            }
            if (!names.add(outputName(export))) {
                throw new UserErrorException("two --in files would both be written as "
                        + ArchiveWriter.relativePath(SourceTable.COMPLAINTS, outputName(export))
                        + "; rename one");
            }
        }
        List<CfpbSummary.Export> summaries = new ArrayList<>();
        for (Path export : exports) {
            String output = ArchiveWriter.relativePath(SourceTable.COMPLAINTS, outputName(export));
            try (ArchiveWriter file = ArchiveWriter.csv(archive, SourceTable.COMPLAINTS,
                         outputName(export), CfpbMapping.ARCHIVE_HEADER);
                 Reader reader = reader(export)) {
                summaries.add(convert(reader, export.getFileName().toString(), output,
                        file::csvRecord, problems));
                file.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot convert " + export + ": " + e.getMessage(),
                        e);
            }
        }
        return new CfpbSummary(archive, summaries);
    }

    /**
     * Converts one export, streaming, into archive CSV text.
     *
     * @param export     the export's text
     * @param name       its name in problems and in the summary
     * @param output     the archive file's name for the summary
     * @param archiveCsv where the archive CSV goes (header first); not closed
     */
    public CfpbSummary.Export convert(Reader export, String name, String output,
                                      Writer archiveCsv, Consumer<ConversionProblem> problems)
            throws IOException {
        CSVPrinter printer = ArchiveWriter.csvPrinter(archiveCsv, CfpbMapping.ARCHIVE_HEADER);
        CfpbSummary.Export summary = convert(export, name, output, printer::printRecord, problems);
        printer.flush();
        return summary;
    }

    /** Where converted records go: a printer's or an archive writer's CSV records. */
    private interface Records {
        void write(Object... values) throws IOException;
    }

    private CfpbSummary.Export convert(Reader export, String name, String output,
                                       Records archiveCsv, Consumer<ConversionProblem> problems)
            throws IOException {
        Counts counts = new Counts(name, problems);
        CSVParser parser;
        try {
            parser = EXPORT.parse(export);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            counts.problem(0, ConversionProblem.Reason.NOT_AN_EXPORT,
                    "the header cannot be read (" + e.getMessage() + "); nothing was converted");
            return counts.summary(output);
        }
        List<String> missing = CfpbMapping.missingColumns(parser.getHeaderNames());
        if (!missing.isEmpty()) {
            counts.problem(1, ConversionProblem.Reason.NOT_AN_EXPORT, "not a CFPB export: no "
                    + String.join(", ", missing) + " column; nothing was converted");
            return counts.summary(output);
        }
        int columns = parser.getHeaderNames().size();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                counts.problem(line, ConversionProblem.Reason.UNREADABLE_FILE,
                        "the file cannot be split into records from here (" + e.getMessage()
                                + "), so the rest was not converted");
                break;
            }
            convertRecord(record, line, columns, archiveCsv, counts);
        }
        CfpbSummary.Export summary = counts.summary(output);
        LOG.info("stage=convert.cfpb export={} records={} written={} problems={} timely_yes={}"
                        + " timely_no={}", name, summary.records(), summary.written(),
                summary.problems(), summary.timelyYes(), summary.timelyNo());
        return summary;
    }

    private static void convertRecord(CSVRecord record, long line, int columns,
                                      Records archiveCsv, Counts counts) throws IOException {
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return; // an empty line
        }
        counts.records++;
        if (record.size() > columns) {
            counts.problem(line, ConversionProblem.Reason.BAD_ROW, record.size()
                    + " fields, the header has " + columns + "; the record was left out");
            return;
        }
        Map<String, String> fields;
        try {
            fields = CfpbMapping.toArchive(record);
        } catch (BadLineException e) {
            counts.problem(e.at(counts.name, line));
            return;
        }
        archiveCsv.write(fields.values().toArray());
        counts.written(fields);
    }

    /** The archive file name of an export: its own name, with .csv. */
    static String outputName(Path export) {
        String name = export.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name : name + ".csv";
    }

    /** UTF-8 that fails on bad bytes, without a byte-order mark. */
    private static Reader reader(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The running counts of one export. */
    private static final class Counts {
        private final String name;
        private final Consumer<ConversionProblem> listener;
        private final Map<String, Long> problems = new TreeMap<>();
        private final Map<String, Long> channels = new TreeMap<>();
        private final Map<String, Long> outcomes = new TreeMap<>();
        long records;
        long written;
        long timelyYes;
        long timelyNo;
        long timelyOther;
        String firstReceived = "";
        String lastReceived = "";

        Counts(String name, Consumer<ConversionProblem> listener) {
            this.name = name;
            this.listener = listener;
        }

        void problem(long line, ConversionProblem.Reason reason, String message) {
            problem(new ConversionProblem(name, line, reason, message));
        }

        void problem(ConversionProblem problem) {
            problems.merge(problem.reason().code(), 1L, Long::sum);
            listener.accept(problem);
        }

        void written(Map<String, String> fields) {
            written++;
            channels.merge(fields.get("channel"), 1L, Long::sum);
            outcomes.merge(fields.get("outcome"), 1L, Long::sum);
            String timely = fields.get("timely_response");
            if (TIMELY_YES.equals(timely)) {
                timelyYes++;
            } else if (TIMELY_NO.equals(timely)) {
                timelyNo++;
            } else {
                timelyOther++;
            }
            String received = fields.get("received_at");
            if (firstReceived.isEmpty() || received.compareTo(firstReceived) < 0) {
                firstReceived = received;
            }
            if (received.compareTo(lastReceived) > 0) {
                lastReceived = received;
            }
        }

        CfpbSummary.Export summary(String output) {
            return new CfpbSummary.Export(name, output, records, written, problems, channels,
                    outcomes, timelyYes, timelyNo, timelyOther, firstReceived, lastReceived);
        }
    }
}
