package com.hindsight.search.cases;

import com.hindsight.search.TextAnalyzers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * How well search answers reviewers on an index of the bundled sample, the numbers
 * docs/search.md reports ("Quality on the sample"):
 *
 * <ul>
 *   <li><b>recall@3 of cases</b> over the judged reviewer questions
 *       ({@code search-quality/reviewer-questions.tsv}): for each question, the share of the
 *       incidents it should find that are among the first three cases of
 *       {@link CaseSearcher#searchCases}; averaged over the questions;</li>
 *   <li><b>pasted descriptions</b> ({@code search-quality/pasted-descriptions.tsv}): whether
 *       {@link CaseSearcher#similar} ranks the right past incident first;</li>
 *   <li><b>the recall sweep of frequent two-character Chinese words</b>: the
 *       {@value #SWEEP_WORDS} two-character words the word field holds in most documents; for
 *       each, the documents whose text holds it (after the same character folding) and the
 *       share of them the word, searched, finds. Micro-averaged over all words.</li>
 * </ul>
 *
 * {@code SampleArchiveEndToEndTest} runs it on the warehouse it builds and checks the targets.
 * On any index: {@code java -cp <cli test classpath> com.hindsight.search.cases.SearchQuality <index folder>}.
 */
public final class SearchQuality {
    public static final int SWEEP_WORDS = 100;
    static final int CASES_CONSIDERED = 3;

    public record Question(String language, String text, Set<String> expected) {
    }

    public record Answer(Question question, List<String> cases, double recall) {
    }

    public record Description(String language, String expected, String text) {
    }

    public record SimilarAnswer(Description description, List<String> incidents) {
        public boolean rightFirst() {
            return !incidents.isEmpty() && incidents.get(0).equals(description.expected());
        }
    }

    public record WordRecall(String word, int containing, int found) {
    }

    private SearchQuality() {
    }

    public static List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        for (String[] row : rows("search-quality/reviewer-questions.tsv")) {
            questions.add(new Question(row[0], row[1], new LinkedHashSet<>(Arrays.asList(row[2].split(",")))));
        }
        return questions;
    }

    public static List<Description> descriptions() {
        List<Description> descriptions = new ArrayList<>();
        for (String[] row : rows("search-quality/pasted-descriptions.tsv")) {
            descriptions.add(new Description(row[0], row[1], row[2]));
        }
        return descriptions;
    }

    public static List<Answer> answer(CaseSearcher searcher, List<Question> questions) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            List<String> cases = searcher.searchCases(SearchRequest.of(question.text()).withLimit(CASES_CONSIDERED))
                    .cases().stream().map(CaseGroup::incidentId).toList();
            long found = question.expected().stream().filter(cases::contains).count();
            answers.add(new Answer(question, cases, (double) found / question.expected().size()));
        }
        return answers;
    }

    public static double recallAt3(List<Answer> answers) {
        return answers.stream().mapToDouble(Answer::recall).average().orElse(0);
    }

    public static List<SimilarAnswer> similar(CaseSearcher searcher, List<Description> descriptions) {
        List<SimilarAnswer> answers = new ArrayList<>();
        for (Description description : descriptions) {
            answers.add(new SimilarAnswer(description, searcher.similar(SimilarRequest.ofText(description.text()),
                    IncidentFigures.none()).incidents().stream().map(SimilarIncident::incidentId).toList()));
        }
        return answers;
    }

    /** The sweep, one entry per word, most frequent word first. */
    public static List<WordRecall> sweep(CaseSearcher searcher) {
        try {
            IndexSearcher index = searcher.searcher();
            int documents = searcher.reader().maxDoc();
            String[] texts = new String[documents];
            Set<String> textFields = new HashSet<>(CaseIndexSchema.TEXT_FIELDS);
            for (int doc = 0; doc < documents; doc++) {
                Document stored = index.storedFields().document(doc, textFields);
                StringBuilder all = new StringBuilder();
                for (String field : CaseIndexSchema.TEXT_FIELDS) {
                    for (String value : stored.getValues(field)) {
                        all.append(value).append('\n');
                    }
                }
                texts[doc] = TextAnalyzers.fold(all.toString()).toLowerCase(Locale.ROOT);
            }
            List<WordRecall> sweep = new ArrayList<>();
            for (String word : frequentTwoCharacterWords(searcher)) {
                Set<Integer> containing = new HashSet<>();
                for (int doc = 0; doc < documents; doc++) {
                    if (texts[doc].contains(word)) {
                        containing.add(doc);
                    }
                }
                Query query = searcher.parse(word);
                TopDocs top = index.search(query, Math.max(1, documents));
                int found = 0;
                for (ScoreDoc hit : top.scoreDocs) {
                    if (containing.contains(hit.doc)) {
                        found++;
                    }
                }
                sweep.add(new WordRecall(word, containing.size(), found));
            }
            return sweep;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double sweepRecall(List<WordRecall> sweep) {
        long containing = sweep.stream().mapToLong(WordRecall::containing).sum();
        long found = sweep.stream().mapToLong(WordRecall::found).sum();
        return containing == 0 ? 0 : (double) found / containing;
    }

    private static List<String> frequentTwoCharacterWords(CaseSearcher searcher) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.reader(), CaseIndexSchema.TEXT);
        List<Object[]> words = new ArrayList<>();
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            String word = term.utf8ToString();
            if (word.length() == 2 && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)) {
                words.add(new Object[] {word, each.docFreq()});
            }
        }
        words.sort(Comparator.comparingInt((Object[] w) -> -(Integer) w[1]).thenComparing(w -> (String) w[0]));
        return words.stream().limit(SWEEP_WORDS).map(w -> (String) w[0]).toList();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SearchQuality.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Prints every measure for one index folder. */
    public static void main(String[] args) {
        try (CaseSearcher searcher = CaseSearcher.open(Path.of(args[0]))) {
            List<Answer> answers = answer(searcher, questions());
            for (Answer answer : answers) {
                System.out.printf(Locale.ROOT, "%.2f  %s  %s -> %s (expected %s)%n", answer.recall(),
                        answer.question().language(), answer.question().text(), answer.cases(),
                        answer.question().expected());
            }
            for (String language : List.of("zh", "en", "es")) {
                System.out.printf(Locale.ROOT, "recall@3 %s: %.3f over %d questions%n", language,
                        recallAt3(answers.stream().filter(a -> a.question().language().equals(language)).toList()),
                        answers.stream().filter(a -> a.question().language().equals(language)).count());
            }
            System.out.printf(Locale.ROOT, "recall@3 of cases: %.3f over %d questions%n", recallAt3(answers), answers.size());
            List<SimilarAnswer> similar = similar(searcher, descriptions());
            for (SimilarAnswer answer : similar) {
                System.out.printf(Locale.ROOT, "%s  %s %s -> %s%n", answer.rightFirst() ? "ok  " : "MISS",
                        answer.description().language(), answer.description().expected(), answer.incidents());
            }
            System.out.printf(Locale.ROOT, "descriptions with the right incident first: %d of %d%n",
                    similar.stream().filter(SimilarAnswer::rightFirst).count(), similar.size());
            List<WordRecall> sweep = sweep(searcher);
            sweep.stream().filter(w -> w.found() < w.containing()).forEach(w -> System.out.printf(Locale.ROOT,
                    "sweep %s: %d of %d%n", w.word(), w.found(), w.containing()));
            System.out.printf(Locale.ROOT, "sweep of %d two-character words: %.4f of the documents containing them found%n",
                    sweep.size(), sweepRecall(sweep));
        }
    }
}
