package com.hindsight.jobs.analyze.sentiment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled corpus the model is trained or evaluated on: a UTF-8 CSV of two columns, label
 * (1 = positive, 0 = negative) and text, with the header {@code label,review} (as in
 * models/sentiment/weibo_senti_sample.csv) or without a header (as ChnSentiCorp_htl_all.csv,
 * kept byte for byte as published). The corpora are small (thousands of rows), so they are read
 * on the driver.
 */
public final class SentimentCorpus {
    static final String LABEL = "label";
    static final String REVIEW = "review";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SentimentCorpus() {
    }

    /**
     * Reads every row; byte order marks inside the text (the corpus has some) are dropped. A
     * first line starting with {@code label,} is the header; otherwise the first row is data.
     */
    public static List<LabelledText> read(Path csv) {
        boolean header;
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            header = lines.findFirst().map(l -> l.replace("\uFEFF", "").startsWith(LABEL + ","))
                    .orElse(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment corpus " + csv, e);
        }
        CSVFormat format = header
                ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                : CSVFormat.DEFAULT.builder().setHeader(LABEL, REVIEW).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<LabelledText> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(in)) {
                rows.add(parse(csv, record, header ? 1 : 0));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment corpus " + csv, e);
        }
    }

    private static LabelledText parse(Path csv, CSVRecord record, int headerLines) {
        // the record's line when no earlier field spans lines (the row number otherwise)
        String where = csv + " line " + (record.getRecordNumber() + headerLines);
        if (!record.isMapped(LABEL) || !record.isMapped(REVIEW) || !record.isConsistent()) {
            throw new IllegalArgumentException(where + ": expected two columns, label and "
                    + "text (header label,review, or no header)");
        }
        String label = record.get(LABEL).strip();
        if (!label.equals("0") && !label.equals("1")) {
            throw new IllegalArgumentException(where + ": label \"" + label
                    + "\" is not 0 (negative) or 1 (positive)");
        }
        String text = record.get(REVIEW).replace(String.valueOf(BYTE_ORDER_MARK), "");
        return new LabelledText(Integer.parseInt(label), text);
    }

    /**
     * A stratified split: of each label, {@code testFraction} of the rows (rounded) go to the test
     * side. The rows of a label are shuffled with {@code new Random(seed)}, so the split depends only
     * on the corpus and the seed, never on Spark's partitioning.
     */
    public static Split split(List<LabelledText> corpus, double testFraction, long seed) {
        if (testFraction <= 0 || testFraction >= 1) {
            throw new IllegalArgumentException("testFraction must be in (0, 1): " + testFraction);
        }
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        for (int label : new int[] {LabelledText.NEGATIVE, LabelledText.POSITIVE}) {
            List<LabelledText> rows = new ArrayList<>(
                    corpus.stream().filter(r -> r.label() == label).toList());
            Collections.shuffle(rows, new Random(seed));
            int testRows = (int) Math.round(rows.size() * testFraction);
            test.addAll(rows.subList(0, testRows));
            train.addAll(rows.subList(testRows, rows.size()));
        }
        return new Split(train, test);
    }

    /** The two sides of a split, each ordered negative rows first. */
    public record Split(List<LabelledText> train, List<LabelledText> test) {
        public Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }
}
