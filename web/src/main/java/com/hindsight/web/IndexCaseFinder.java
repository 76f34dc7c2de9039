package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.CaseGroup;
import com.hindsight.search.cases.CaseJson;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseResults;
import com.hindsight.search.cases.IncidentFigures;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SimilarRequest;
import com.hindsight.search.cases.SimilarResults;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CaseFinder} over one open index run: the search module's grouped search and similar
 * incidents, rendered to JSON by its {@link CaseJson}, as the command line does. Key figures of
 * similar incidents come from the warehouse's current analyze run.
 */
final class IndexCaseFinder implements CaseFinder {
    private final PublishedRuns.OpenIndex index;
    private final Warehouse warehouse;

    IndexCaseFinder(PublishedRuns.OpenIndex index, Warehouse warehouse) {
        this.index = index;
        this.warehouse = warehouse;
    }

    @Override
    public Found search(SearchRequest request) {
        CaseResults results = index.searcher().searchCases(request);
        return new Found(results, CaseJson.cases(request.query(), index.runId(), results));
    }

    @Override
    public Similar similar(String description, int limit) {
        SimilarResults results = index.searcher().similar(new SimilarRequest(description, null, limit),
                IncidentFigures.of(warehouse));
        return new Similar(results, CaseJson.similar(results));
    }

    @Override
    public Optional<SimilarResults> similarTo(String incidentId, int limit) {
        try {
            return Optional.of(index.searcher().similar(new SimilarRequest(null, incidentId, limit),
                    IncidentFigures.of(warehouse)));
        } catch (UserErrorException notIndexed) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<CaseGroup> incident(String incidentId) {
        CaseResults results = index.searcher().searchCases(SearchRequest.of("*:*")
                .withKinds(Set.of(CaseKind.INCIDENT, CaseKind.REVIEW)).withIncidentId(incidentId).withLimit(1));
        return results.cases().stream().filter(group -> group.incidentId().equals(incidentId)
                && group.openedAt() != null).findFirst();
    }
}
