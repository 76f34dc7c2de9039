package com.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.core.UserErrorException;
import com.hindsight.core.metrics.MetricsContract;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.playbook.Playbook;
import com.hindsight.playbook.PlaybookJson;
import com.hindsight.playbook.PlaybookScore;
import com.hindsight.playbook.PlaybookScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbook scores of a published analyze run, the way {@code hindsight playbook} gets them:
 * as analyze wrote them into the metrics documents, or re-scored against another playbook from
 * the timelines file analyze published beside them ({@link MetricsContract#PLAYBOOK_TIMELINES_FILE}),
 * which holds every incident's actions, injects and first post. No Spark either way.
 *
 * @param playbook the name of the playbook the scores are against
 */
record PublishedScores(String playbook, List<PlaybookScore> scores) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The scores in the run's metrics documents, in incident id order. */
    static PublishedScores published(PublishedRun run) {
        List<PlaybookScore> scores = new ArrayList<>();
        String name = null;
        for (String file : run.files(MetricsContract.FOLDER)) {
            String id = MetricsContract.incidentIdOf(file);
            if (id == null) {
                continue;
            }
            String path = MetricsContract.FOLDER + "/" + file;
            JsonNode document = read(run, path);
            if (document.path(MetricsContract.SCHEMA_VERSION_KEY).asInt()
                    != MetricsContract.SCHEMA_VERSION || !document.path("playbook").isObject()) {
                throw new UserErrorException(run.display(path) + " has no playbook scores (written"
                        + " by an earlier version of hindsight); run `hindsight analyze` again");
            }
            PlaybookScore score = PlaybookJson.scoreOf(id,
                    document.path(MetricsContract.INCIDENT_KEY).path("category").asText(null),
                    document.get("playbook"));
            name = score.playbook();
            scores.add(score);
        }
        return new PublishedScores(name, scores);
    }

    /** Every incident of the run re-scored against {@code playbook}. */
    static PublishedScores rescored(PublishedRun run, Playbook playbook) {
        byte[] timelines;
        try {
            timelines = run.read(MetricsContract.PLAYBOOK_TIMELINES_FILE);
        } catch (IOException e) {
            throw new UserErrorException("analyze run " + run.display() + " has no "
                    + MetricsContract.PLAYBOOK_TIMELINES_FILE + " (written by an earlier version"
                    + " of hindsight); run `hindsight analyze` again");
        }
        return new PublishedScores(playbook.name(), new PlaybookScorer(playbook).scoreAll(
                PlaybookJson.timelinesOf(run.display(MetricsContract.PLAYBOOK_TIMELINES_FILE),
                        timelines)));
    }

    /** Only the incident {@code id}; an id the run does not have is a user error. */
    List<PlaybookScore> select(String id, PublishedRun run) {
        if (id == null) {
            return scores;
        }
        List<PlaybookScore> selected = scores.stream()
                .filter(score -> score.incidentId().equals(id)).toList();
        if (selected.isEmpty()) {
            throw new UserErrorException("incident " + id + " is not in analyze run "
                    + run.runId() + " (it has " + scores.size() + " incidents: " + String.join(
                    ", ", scores.stream().map(PlaybookScore::incidentId).limit(10).toList())
                    + (scores.size() > 10 ? ", ..." : "") + ")");
        }
        return selected;
    }

    private static JsonNode read(PublishedRun run, String path) {
        try {
            return JSON.readTree(run.read(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + run.display(path), e);
        }
    }
}
