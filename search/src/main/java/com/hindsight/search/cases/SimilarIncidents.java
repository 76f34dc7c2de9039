package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;
import com.hindsight.search.TextFields;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Has this happened before?" for {@link CaseSearcher#similar}.
 *
 * <ol>
 *   <li>Lucene's {@link MoreLikeThis} picks the description's most telling terms (by tf-idf,
 *       at most {@value #TERMS_PER_FIELD} per field) in the words and the Chinese bigrams of the
 *       title and text fields, and builds one weighted query of them.</li>
 *   <li>The query runs over every document; the best {@value #HITS_READ} hits vote for their
 *       incident: an incident's score is the mean of its best {@value #VOTES} hit scores (so a
 *       case with many close posts beats one lucky post).</li>
 *   <li><b>Matched terms</b>: a term of the description matches an incident when it is
 *       characteristic of it, not merely present somewhere in its thousand posts: at least
 *       {@value #MIN_TERM_DOCUMENTS} of the incident's documents hold it, and it is at least
 *       {@value #MIN_LIFT} times as frequent among them as among the other documents.</li>
 *   <li><b>Relevance floor</b>: an incident's coverage is the share of the description's term
 *       weight that matches it. Below {@value #MIN_COVERAGE}, or with fewer than
 *       {@value #MIN_MATCHED_TERMS} matched terms, the incident is left out: a weak match is not
 *       shown as an answer.</li>
 *   <li>Order: by coverage, then by the vote score.</li>
 * </ol>
 *
 * Only the {@value #CANDIDATES} incidents with the best vote scores are weighed (a count per
 * term and incident).
 *
 * With an incident id, its title, register terms, summary and review stand for the description
 * and the incident itself is left out of the answer.
 */
final class SimilarIncidents {
    static final int TERMS_PER_FIELD = 25;
    static final int HITS_READ = 1_000;
    static final int VOTES = 10;
    public static final double MIN_COVERAGE = 0.25;
    static final int MIN_MATCHED_TERMS = 3;
    static final int MIN_TERM_DOCUMENTS = 2;
    static final double MIN_LIFT = 2.0;
    static final int CANDIDATES = 20;
    private static final int TERMS_SHOWN = 12;
    private static final List<String> LIKE_FIELDS = List.of(CaseIndexSchema.TEXT, CaseIndexSchema.TITLE);

    private final CaseSearcher searcher;

    SimilarIncidents(CaseSearcher searcher) {
        this.searcher = searcher;
    }

    SimilarResults find(SimilarRequest request, IncidentFigures figures) throws IOException {
        String text = request.text();
        String self = null;
        if (request.incidentId() != null) {
            self = request.incidentId().strip();
            text = descriptionOf(self);
        }
        List<WeightedTerm> terms = interestingTerms(text);
        if (terms.isEmpty()) {
            return new SimilarResults(List.of(), List.of());
        }
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (WeightedTerm term : terms) {
            like.add(new BoostQuery(new TermQuery(term.term()), term.weight()), Occur.SHOULD);
        }
        Query query = like.build();
        TopDocs top = searcher.searcher().search(query, HITS_READ);
        Map<String, List<Float>> votes = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            String incident = searcher.searcher().storedFields()
                    .document(hit.doc, Set.of(CaseIndexSchema.INCIDENT_ID)).get(CaseIndexSchema.INCIDENT_ID);
            if (incident != null && !incident.equals(self)) {
                votes.computeIfAbsent(incident, id -> new ArrayList<>()).add(hit.score);
            }
        }
        Map<String, Float> scores = new HashMap<>();
        votes.forEach((incident, hitScores) -> scores.put(incident, (float) hitScores.stream()
                .sorted(Comparator.reverseOrder()).limit(VOTES).mapToDouble(Float::doubleValue).sum() / VOTES));
        List<String> candidates = new ArrayList<>(scores.keySet());
        candidates.sort(Comparator.<String>comparingDouble(id -> -scores.get(id)).thenComparing(id -> id));

        double totalWeight = terms.stream().mapToDouble(WeightedTerm::weight).sum();
        List<SimilarIncident> weighed = new ArrayList<>();
        for (String incident : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
            List<WeightedTerm> matched = matchedTerms(terms, incident);
            double coverage = matched.stream().mapToDouble(WeightedTerm::weight).sum() / totalWeight;
            List<String> shown = readable(matched);
            if (coverage >= MIN_COVERAGE && shown.size() >= MIN_MATCHED_TERMS) {
                weighed.add(details(incident, scores.get(incident), coverage, shown, figures));
            }
        }
        weighed.sort(Comparator.comparingDouble(SimilarIncident::coverage).reversed()
                .thenComparing(Comparator.comparingDouble(SimilarIncident::score).reversed())
                .thenComparing(SimilarIncident::incidentId));
        List<SimilarIncident> answer = weighed.subList(0, Math.min(request.limit(), weighed.size()));
        return new SimilarResults(readable(terms), answer);
    }

    private String descriptionOf(String incidentId) throws IOException {
        Document incident = searcher.storedDocument(CaseKind.INCIDENT, incidentId);
        if (incident == null) {
            throw new UserErrorException("incident \"" + incidentId + "\" is not in the index"
                    + " (ids are case-sensitive, e.g. INC-2024-001)");
        }
        List<String> parts = new ArrayList<>();
        parts.add(incident.get(CaseIndexSchema.TITLE));
        parts.add(incident.get(CaseIndexSchema.TERMS));
        parts.add(incident.get(CaseIndexSchema.TEXT));
        Document review = searcher.storedDocument(CaseKind.REVIEW, incidentId);
        if (review != null) {
            parts.add(review.get(CaseIndexSchema.ROOT_CAUSE));
            parts.addAll(Arrays.asList(review.getValues(CaseIndexSchema.LESSONS)));
        }
        return String.join("\n", parts.stream().filter(Objects::nonNull).toList());
    }

    /** The description's most telling terms in the words and bigrams of each field, weighted. */
    private List<WeightedTerm> interestingTerms(String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.reader());
        mlt.setAnalyzer(searcher.analyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(TERMS_PER_FIELD);
        mlt.setMinWordLen(2); // single Chinese characters say little
        mlt.setBoost(true);
        List<WeightedTerm> terms = new ArrayList<>();
        for (String base : LIKE_FIELDS) {
            for (String field : List.of(base, TextFields.bigramsOf(base))) {
                mlt.setFieldNames(new String[] {field});
                Query query = mlt.like(field, new StringReader(text));
                if (query instanceof BooleanQuery bool) {
                    for (BooleanClause clause : bool.clauses()) {
                        float weight = 1f;
                        Query inner = clause.getQuery();
                        if (inner instanceof BoostQuery boost) {
                            weight = boost.getBoost();
                            inner = boost.getQuery();
                        }
                        if (inner instanceof TermQuery termQuery) {
                            terms.add(new WeightedTerm(termQuery.getTerm(), weight));
                        }
                    }
                }
            }
        }
        terms.sort(Comparator.comparingDouble(WeightedTerm::weight).reversed());
        return terms;
    }

    private List<WeightedTerm> matchedTerms(List<WeightedTerm> terms, String incidentId) throws IOException {
        TermQuery ofIncident = new TermQuery(new Term(CaseIndexSchema.INCIDENT_ID, incidentId));
        int size = searcher.searcher().count(ofIncident);
        double documents = searcher.reader().numDocs();
        List<WeightedTerm> matched = new ArrayList<>();
        for (WeightedTerm term : terms) {
            Query both = new BooleanQuery.Builder().add(new TermQuery(term.term()), Occur.FILTER)
                    .add(ofIncident, Occur.FILTER).build();
            int inIncident = searcher.searcher().count(both);
            int everywhere = searcher.reader().docFreq(term.term());
            double elsewhere = documents - size;
            double shareElsewhere = elsewhere <= 0 ? 0 : (everywhere - inIncident) / elsewhere;
            if (inIncident >= MIN_TERM_DOCUMENTS && ((double) inIncident / size) >= MIN_LIFT * shareElsewhere) {
                matched.add(term);
            }
        }
        return matched;
    }

    /** Distinct term texts, most telling first: a word and its bigram count once. */
    private static List<String> readable(List<WeightedTerm> terms) {
        Map<String, Boolean> texts = new LinkedHashMap<>();
        for (WeightedTerm term : terms) {
            texts.putIfAbsent(term.term().text(), true);
        }
        return texts.keySet().stream().limit(TERMS_SHOWN).toList();
    }

    private SimilarIncident details(String incidentId, float score, double coverage, List<String> matched,
                                    IncidentFigures figures) throws IOException {
        Document incident = searcher.storedDocument(CaseKind.INCIDENT, incidentId);
        Document review = searcher.storedDocument(CaseKind.REVIEW, incidentId);
        List<ReviewRecord.ActionItem> actions = new ArrayList<>();
        if (review != null) {
            String[] titles = review.getValues(CaseIndexSchema.ACTION_TITLE);
            String[] owners = review.getValues(CaseIndexSchema.ACTION_OWNER);
            String[] dues = review.getValues(CaseIndexSchema.ACTION_DUE);
            String[] statuses = review.getValues(CaseIndexSchema.ACTION_STATUS);
            for (int i = 0; i < titles.length; i++) {
                actions.add(new ReviewRecord.ActionItem(blankToNull(titles[i]), blankToNull(owners[i]),
                        dues[i].isBlank() ? null : LocalDate.parse(dues[i]), blankToNull(statuses[i])));
            }
        }
        return new SimilarIncident(incidentId, score, coverage,
                incident == null ? null : incident.get(CaseIndexSchema.TITLE),
                incident == null ? null : incident.get(CaseIndexSchema.CATEGORY),
                incident == null ? null : incident.get(CaseIndexSchema.BANK),
                incident == null ? null : CaseGrouping.instant(incident.getField(CaseIndexSchema.TIME)),
                incident == null ? null : CaseGrouping.instant(incident.getField(CaseIndexSchema.CLOSED_AT)),
                matched, figures.of(incidentId),
                review == null ? null : review.get(CaseIndexSchema.ROOT_CAUSE),
                review == null ? List.of() : Arrays.asList(review.getValues(CaseIndexSchema.LESSONS)),
                actions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private record WeightedTerm(Term term, float weight) {
    }
}
