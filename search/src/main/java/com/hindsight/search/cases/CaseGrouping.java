package com.hindsight.search.cases;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Groups the hits of one search by incident, for {@link CaseSearcher#searchCases}.
 *
 * <p>Searches made: one over everything (total, facets, matching documents per incident), one
 * per kind posts and complaints (their counts per incident), one over incidents and reviews
 * (which cases matched themselves, and how well), and one per case shown (its best
 * {@value CaseSearcher#SNIPPETS_PER_CASE} hits). Cases whose incident or review matched come
 * first, by their best score; then the others by matching documents, then by id.
 */
final class CaseGrouping {
    private static final int CASE_DOCUMENTS_READ = 10_000;

    private final CaseSearcher searcher;
    private final Query userQuery;
    private final SearchRequest request;

    CaseGrouping(CaseSearcher searcher, Query userQuery, SearchRequest request) {
        this.searcher = searcher;
        this.userQuery = userQuery;
        this.request = request;
    }

    CaseResults results(List<String> warnings, String didYouMean) throws IOException {
        Query query = CaseSearcher.withFilters(userQuery, request);
        FacetsCollectorManager.FacetsResult all = searcher.facetSearch(query, 1, request.query());
        long total = CaseSearcher.totalOf(all.facetsCollector());
        Map<String, Map<String, Long>> facets = searcher.facetCounts(all.facetsCollector());
        Map<String, Long> perIncident = facets.getOrDefault(CaseIndexSchema.INCIDENT_ID, Map.of());
        Map<String, Long> posts = countsPerIncident(query, CaseKind.POST);
        Map<String, Long> complaints = countsPerIncident(query, CaseKind.COMPLAINT);

        Map<String, Float> incidentScores = new HashMap<>();
        Map<String, Float> reviewScores = new HashMap<>();
        TopDocs caseDocuments = searcher.searcher().search(restricted(query,
                Set.of(CaseKind.INCIDENT, CaseKind.REVIEW)), CASE_DOCUMENTS_READ);
        for (ScoreDoc hit : caseDocuments.scoreDocs) {
            Document stored = searcher.searcher().storedFields().document(hit.doc,
                    Set.of(CaseIndexSchema.KIND, CaseIndexSchema.INCIDENT_ID));
            String incident = stored.get(CaseIndexSchema.INCIDENT_ID);
            Map<String, Float> scores = CaseKind.INCIDENT.key().equals(stored.get(CaseIndexSchema.KIND))
                    ? incidentScores : reviewScores;
            scores.merge(incident, hit.score, Math::max);
        }

        List<String> order = new ArrayList<>(perIncident.keySet());
        order.sort(Comparator.<String>comparingDouble(id -> -Math.max(
                        incidentScores.getOrDefault(id, -1f), reviewScores.getOrDefault(id, -1f)))
                .thenComparing(id -> -perIncident.get(id))
                .thenComparing(id -> id));
        List<CaseGroup> cases = new ArrayList<>();
        for (String incidentId : order.subList(0, Math.min(order.size(), request.limit()))) {
            cases.add(group(query, incidentId, perIncident.get(incidentId),
                    posts.getOrDefault(incidentId, 0L), complaints.getOrDefault(incidentId, 0L),
                    incidentScores.containsKey(incidentId), reviewScores.containsKey(incidentId)));
        }
        long linked = perIncident.values().stream().mapToLong(Long::longValue).sum();
        return new CaseResults(total, perIncident.size(), cases, total - linked, facets, warnings,
                didYouMean);
    }

    private CaseGroup group(Query query, String incidentId, long documents, long posts, long complaints,
                            boolean incidentMatched, boolean reviewMatched) throws IOException {
        Query ofIncident = new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(CaseIndexSchema.INCIDENT_ID, incidentId)), Occur.FILTER)
                .build();
        TopDocs best = searcher.facetSearch(ofIncident, CaseSearcher.SNIPPETS_PER_CASE, request.query()).topDocs();
        List<SearchHit> hits = searcher.hitsOf(userQuery, best);
        float score = hits.stream().map(SearchHit::score).max(Float::compare).orElse(0f);
        Document incident = searcher.storedDocument(CaseKind.INCIDENT, incidentId);
        Document review = searcher.storedDocument(CaseKind.REVIEW, incidentId);
        return new CaseGroup(incidentId,
                incident == null ? null : incident.get(CaseIndexSchema.TITLE),
                incident == null ? null : incident.get(CaseIndexSchema.BANK),
                incident == null ? null : incident.get(CaseIndexSchema.CATEGORY),
                incident == null ? null : instant(incident.getField(CaseIndexSchema.TIME)),
                incident == null ? null : instant(incident.getField(CaseIndexSchema.CLOSED_AT)),
                incident == null ? null : incident.get(CaseIndexSchema.TEXT),
                score, documents, posts, complaints, incidentMatched, reviewMatched, hits,
                review == null ? null : review.get(CaseIndexSchema.ROOT_CAUSE),
                review == null ? List.of() : Arrays.asList(review.getValues(CaseIndexSchema.LESSONS)));
    }

    private Map<String, Long> countsPerIncident(Query query, CaseKind kind) throws IOException {
        if (!request.kinds().isEmpty() && !request.kinds().contains(kind)) {
            return Map.of();
        }
        FacetsCollectorManager.FacetsResult found = searcher.facetSearch(restricted(query, Set.of(kind)), 1,
                request.query());
        return new LinkedHashMap<>(searcher.facetCounts(found.facetsCollector())
                .getOrDefault(CaseIndexSchema.INCIDENT_ID, Map.of()));
    }

    private static Query restricted(Query query, Set<CaseKind> kinds) {
        BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
        kinds.forEach(kind -> kindFilter.add(new TermQuery(new Term(CaseIndexSchema.KIND, kind.key())),
                Occur.SHOULD));
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(kindFilter.build(), Occur.FILTER).build();
    }

    static Instant instant(IndexableField field) {
        return field == null || field.numericValue() == null ? null
                : Instant.ofEpochMilli(field.numericValue().longValue());
    }
}
