package com.hindsight.web;

import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseSearcher;
import com.hindsight.search.cases.SearchHit;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** PRE-MERGE adapter over the flat search API; replaced by the grouped API of issue #11 items 1-3. */
final class IndexCaseFinder implements CaseFinder {
    private final PublishedRuns.OpenIndex index;

    IndexCaseFinder(PublishedRuns.OpenIndex index) {
        this.index = index;
    }

    @Override
    public Found search(SearchRequest request) {
        CaseSearcher searcher = index.searcher();
        SearchResults results = searcher.search(request.withLimit(200));
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : results.hits()) {
            if (hit.incidentId() != null) {
                groups.computeIfAbsent(hit.incidentId(), id -> new ArrayList<>()).add(hit);
            }
        }
        List<FoundCase> cases = new ArrayList<>();
        groups.forEach((id, hits) -> cases.add(new FoundCase(id, id, null, null, null, null, hits.size(),
                hits.stream().filter(h -> h.kind() == CaseKind.POST).count(),
                hits.stream().filter(h -> h.kind() == CaseKind.COMPLAINT).count(),
                hits.stream().anyMatch(h -> h.kind() == CaseKind.INCIDENT),
                hits.stream().anyMatch(h -> h.kind() == CaseKind.REVIEW), hits.stream().limit(3).toList(),
                null, List.of())));
        return new Found(results.totalHits(), groups.size(), cases, 0, results.facets(), List.of(), null, "{}");
    }

    @Override
    public Similar similar(String description) {
        return new Similar(List.of(), List.of(), "{\"incidents\": []}");
    }

    @Override
    public Similar similarTo(String incidentId) {
        return new Similar(List.of(), List.of(), "{\"incidents\": []}");
    }

    @Override
    public Optional<String> summary(String incidentId) {
        SearchResults results = index.searcher().search(SearchRequest.of("*:*")
                .withKinds(Set.of(CaseKind.INCIDENT)).withIncidentId(incidentId).withLimit(1));
        return results.hits().stream().findFirst().map(SearchHit::snippet);
    }

    @Override
    public String indexRun() {
        return index.runId();
    }
}
