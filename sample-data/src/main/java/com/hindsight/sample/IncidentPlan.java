package com.hindsight.sample;

import java.util.List;

/**
 * Everything decided about an incident before any of its records is written: what happened where,
 * when it was first mentioned, how fast and how well the bank responded, how big it gets and the
 * response timeline. Plans are small; the generator holds all of them, and streams the records.
 *
 * @param index           position in the archive, 0-based; the first six are one per category
 * @param id              register id, e.g. INC-2024-001
 * @param firstMention    time of the first post about it (epoch seconds)
 * @param goodResponse    whether the first statement came within the "golden 4 hours"
 * @param statements      times of the bank's statements on Weibo, the first one first
 * @param wechatStatement time the first statement was also posted on WeChat, or -1
 * @param peakSeconds     mode of the attention curve, seconds after the first mention
 * @param decaySeconds    scale of the curve's decay
 * @param postBudget      number of incident posts to write (without noise and duplicates)
 * @param noiseBudget     number of unrelated posts written alongside
 * @param complaintBudget number of complaints
 * @param timeline        the response timeline, in time order
 * @param closed          whether the incident is closed (all but the last one)
 */
record IncidentPlan(int index, String id, Category category, Topic topic, Bank bank, long firstMention,
                    boolean goodResponse, List<Long> statements, long wechatStatement, double peakSeconds,
                    double decaySeconds, long postBudget, long noiseBudget, long complaintBudget,
                    List<TimelineStep> timeline, boolean closed, Times.Style timelineStyle) {

    long firstStatement() {
        return statements.get(0);
    }

    /** When the register opens the incident: the time monitoring (or anyone) detected it. */
    long openedAt() {
        return timeline.get(0).at();
    }

    /** When it was closed, or -1 while open. */
    long closedAt() {
        return closed ? timeline.get(timeline.size() - 1).at() : -1;
    }

    /**
     * Share of negative posts at time t: about three quarters before the first statement; after a
     * good statement it falls to about a third within hours, after a poor one it stays high.
     */
    double negativeShare(long t) {
        long first = firstStatement();
        if (t < first) {
            return 0.76;
        }
        double hours = (t - first) / 3600.0;
        if (goodResponse) {
            return 0.33 + 0.43 * StrictMath.exp(-hours / 2.0);
        }
        return 0.74 - 0.06 * Math.min(1.0, hours / 72.0);
    }

    /** Share of positive posts among the non-negative ones. */
    double positiveShareOfRest(long t) {
        return t < firstStatement() ? 0.12 : goodResponse ? 0.5 : 0.15;
    }

    /** The register's query: matches this incident's posts and no other's. */
    String query() {
        return IncidentTexts.query(bank, topic);
    }
}
