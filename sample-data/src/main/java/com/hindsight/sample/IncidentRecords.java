package com.hindsight.sample;

import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the incident register and the response timeline, one incident at a time. The register's
 * summary quotes the incident's real post and complaint counts, so it is written after them.
 */
final class IncidentRecords implements Closeable {
    private final ArchiveWriter register;
    private final ArchiveWriter timeline;
    private final List<String> registerHeader;
    private final List<String> timelineHeader;

    IncidentRecords(Path archive) {
        this.registerHeader = header(SourceTable.INCIDENTS);
        this.timelineHeader = header(SourceTable.ACTIONS);
        this.register = ArchiveWriter.csv(archive, SourceTable.INCIDENTS, ArchiveLayout.REGISTER, registerHeader);
        this.timeline = ArchiveWriter.csv(archive, SourceTable.ACTIONS, ArchiveLayout.TIMELINE, timelineHeader);
    }

    void write(IncidentPlan plan, IncidentFacts facts) throws IOException {
        Object[] row = new Object[registerHeader.size()];
        set(row, registerHeader, Fields.Incidents.ID, plan.id());
        set(row, registerHeader, Fields.Incidents.BANK, plan.bank().zh());
        set(row, registerHeader, Fields.Incidents.TITLE, plan.topic().title().replace("{bank}", plan.bank().zh()));
        set(row, registerHeader, Fields.Incidents.CATEGORY, plan.category().value());
        set(row, registerHeader, Fields.Incidents.OPENED_AT, Times.iso(plan.openedAt()));
        set(row, registerHeader, Fields.Incidents.CLOSED_AT, plan.closed() ? Times.iso(plan.closedAt()) : "");
        set(row, registerHeader, Fields.Incidents.QUERY, plan.query());
        set(row, registerHeader, Fields.Incidents.SUMMARY, summary(plan, facts));
        register.csvRecord(row);

        for (TimelineStep step : plan.timeline()) {
            Object[] action = new Object[timelineHeader.size()];
            set(action, timelineHeader, Fields.Actions.INCIDENT_ID, plan.id());
            set(action, timelineHeader, Fields.Actions.AT, Times.format(step.at(), plan.timelineStyle()));
            set(action, timelineHeader, Fields.Actions.ROLE, step.role());
            set(action, timelineHeader, Fields.Actions.ACTION, step.action());
            set(action, timelineHeader, Fields.Actions.NOTE, step.note());
            timeline.csvRecord(action);
        }
    }

    private static String summary(IncidentPlan plan, IncidentFacts facts) {
        Topic topic = plan.topic();
        long delay = plan.firstStatement() - plan.firstMention();
        String response = plan.goodResponse()
                ? "该行在首条信息出现后" + IncidentFacts.hoursMinutes(delay) + "发布首份声明，说明原因并致歉"
                : "该行直至首条信息出现" + IncidentFacts.hoursMinutes(delay) + "后才发布首份声明，且未说明原因";
        return Times.chineseDate(plan.firstMention()) + Times.clock(plan.firstMention()) + "起，" + plan.bank().zh()
                + "客户在社交媒体集中反映" + topic.zhTerms().get(0) + "、" + topic.zhTerms().get(1) + "。"
                + response + "。\n事件期间监测到相关信息" + facts.posts() + "条，客户投诉" + facts.complaints() + "件"
                + (plan.closed() ? "，事件已关闭。" : "，事件仍在处置中。");
    }

    long incidents() {
        return register.records();
    }

    long actions() {
        return timeline.records();
    }

    private static void set(Object[] row, List<String> header, String field, String value) {
        row[header.indexOf(field)] = value == null ? "" : value;
    }

    /**
     * The contract's fields but the drill-only ones ({@code incidents.kind},
     * {@code actions.inject_id}): a real incident leaves them out (kind defaults to real), and
     * the files stay as they were before drills existed.
     */
    private static List<String> header(SourceTable table) {
        return table.fields().stream().map(FieldSpec::name)
                .filter(name -> !DRILL_ONLY.contains(name)).toList();
    }

    private static final List<String> DRILL_ONLY = List.of("kind", "inject_id");

    /** Moves both files into place; without it, {@link #close()} deletes them. */
    void commit() {
        register.commit();
        timeline.commit();
    }

    @Override
    public void close() {
        try (register; timeline) {
            // closes both
        }
    }
}
