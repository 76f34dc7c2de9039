package com.hindsight.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.hindsight.model.FieldType;
import com.hindsight.model.SourceTable;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the post-incident review (复盘) of a closed incident as one pretty-printed JSON object:
 * the root cause under a recurring label, what went well and badly (quoting the incident's own
 * numbers), lessons, and follow-up actions with owners, due dates and a status as of
 * {@link #AS_OF}, some of them open past their due date.
 */
final class ReviewWriter {
    /** The date action statuses are as of. */
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    /** Keys of an action item, as {@link FieldType#ACTION_ITEMS} documents them. */
    static final String ITEM_TITLE = "title";
    static final String ITEM_OWNER = "owner";
    static final String ITEM_DUE = "due";
    static final String ITEM_STATUS = "status";

    private record Item(String title, String owner) {
    }

    private final JsonFactory factory = new JsonFactory();
    private final DefaultPrettyPrinter printer;
    private final long seed;
    private int written;

    ReviewWriter(long seed) {
        this.seed = seed;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        this.printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        this.printer.indentArraysWith(indenter);
    }

    void write(Path archive, IncidentPlan plan, IncidentFacts facts) throws IOException {
        SplittableRandom r = Seeds.random(seed, Seeds.Purpose.REVIEW, plan.index());
        long reviewedAt = Times.startOfLocalDay(plan.closedAt()) + Draw.uniform(r, 3, 10) * Times.DAY
                + Draw.uniform(r, 10 * 3600L, 17 * 3600L);
        try (ArchiveWriter file = ArchiveWriter.file(archive, SourceTable.REVIEWS, plan.id() + ".json")) {
            try (JsonGenerator g = factory.createGenerator(file.stream())) {
                g.setPrettyPrinter(printer);
                g.writeStartObject();
                g.writeStringField(Fields.Reviews.INCIDENT_ID, plan.id());
                g.writeStringField(Fields.Reviews.ROOT_CAUSE, plan.topic().rootCause().label() + "：" + plan.topic().rootCauseText());
                stringArray(g, Fields.Reviews.WENT_WELL, wentWell(plan, facts));
                stringArray(g, Fields.Reviews.WENT_BADLY, wentBadly(plan, facts, r));
                stringArray(g, Fields.Reviews.LESSONS, lessons(plan));
                g.writeArrayFieldStart(Fields.Reviews.ACTIONS);
                LocalDate reviewDay = Times.localDate(reviewedAt);
                for (Item item : items(plan, r)) {
                    LocalDate due = reviewDay.plusDays(Draw.uniform(r, 14, 150));
                    g.writeStartObject();
                    g.writeStringField(ITEM_TITLE, item.title());
                    g.writeStringField(ITEM_OWNER, item.owner());
                    g.writeStringField(ITEM_DUE, Times.date(due));
                    g.writeStringField(ITEM_STATUS, status(due, r));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField(Fields.Reviews.REVIEWED_AT, Times.iso(reviewedAt));
                g.writeEndObject();
                g.writeRaw('\n');
            }
            file.commit();
        }
        written++;
    }

    int written() {
        return written;
    }

    private static void stringArray(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static List<String> wentWell(IncidentPlan plan, IncidentFacts facts) {
        List<String> list = new ArrayList<>();
        TimelineStep alert = step(plan, IncidentPlanner.ALERT);
        if (alert != null && plan.goodResponse()) {
            list.add("监测团队在首条信息出现后" + IncidentFacts.hoursMinutes(alert.at() - plan.firstMention()) + "触发预警");
        }
        long delay = plan.firstStatement() - plan.firstMention();
        if (plan.goodResponse()) {
            list.add("首份声明在首条信息出现后" + IncidentFacts.hoursMinutes(delay) + "发布，符合“黄金4小时”要求");
            list.add("声明说明了原因和补救措施，发布后负面信息占比由" + IncidentFacts.percent(facts.negativeShareBefore())
                    + "%降至" + IncidentFacts.percent(facts.negativeShareAfter()) + "%");
        }
        if (facts.medianFirstResponseHours() < 3) {
            list.add("客服热线及时扩容，投诉首次响应时间中位数" + IncidentFacts.oneDecimal(facts.medianFirstResponseHours()) + "小时");
        }
        TimelineStep rootCause = step(plan, IncidentPlanner.ROOT_CAUSE_FOUND);
        if (rootCause != null && rootCause.at() - plan.firstMention() < 2 * Times.DAY) {
            list.add("在首条信息出现后" + IncidentFacts.hoursMinutes(rootCause.at() - plan.firstMention()) + "查明原因");
        }
        if (list.isEmpty()) {
            list.add("受影响客户的补救方案最终获得多数客户认可");
        }
        return list;
    }

    private static List<String> wentBadly(IncidentPlan plan, IncidentFacts facts, SplittableRandom r) {
        List<String> list = new ArrayList<>();
        long delay = plan.firstStatement() - plan.firstMention();
        if (!plan.goodResponse()) {
            list.add("首份声明在首条信息出现" + IncidentFacts.hoursMinutes(delay) + "后才发布，错过“黄金4小时”");
            list.add("首份声明措辞空泛、未说明原因，被网友批评“避重就轻”，此后负面信息占比仍达"
                    + IncidentFacts.percent(facts.negativeShareAfter()) + "%");
        }
        if (step(plan, IncidentPlanner.ALERT) == null) {
            list.add("监测系统未触发预警，事件由客服中心发现投诉激增后才上报");
        }
        if (step(plan, IncidentPlanner.PLAN_ACTIVATED) == null) {
            list.add("未正式启动应急预案，各部门各自处置，口径不一");
        }
        if (step(plan, IncidentPlanner.REGULATOR_INFORMED) == null) {
            list.add("未主动向监管报告，由监管部门来电问询");
        }
        if (facts.shareAnsweredAfterDay() > 0.03) {
            list.add(IncidentFacts.percent(facts.shareAnsweredAfterDay()) + "%的投诉超过24小时才首次联系客户");
        }
        if (list.isEmpty() || r.nextDouble() < 0.4) {
            list.add("部分网点未及时收到统一口径，现场解释不一致");
        }
        return list;
    }

    private static List<String> lessons(IncidentPlan plan) {
        List<String> list = new ArrayList<>();
        list.add(plan.topic().rootCause().lesson());
        if (plan.goodResponse()) {
            list.add("分类准备声明模板，确保首份声明在4小时内发布");
        } else {
            list.add("坚持“快报事实、慎报原因”，首份声明不得晚于首条信息出现后4小时");
            list.add("预警指标应同时覆盖信息量、负面占比和投诉量");
        }
        return list;
    }

    private static List<Item> items(IncidentPlan plan, SplittableRandom r) {
        List<Item> pool = new ArrayList<>(switch (plan.topic().rootCause()) {
            case CHANGE_MANAGEMENT -> List.of(new Item("建立重大变更上线前回归测试清单", "信息科技部"),
                    new Item("重要系统变更实行灰度发布与回退演练", "信息科技部"),
                    new Item("收费及参数变更纳入变更评审委员会审批", "运营管理部"));
            case THIRD_PARTY_VENDOR -> List.of(new Item("修订外包供应商安全评估与准入办法", "风险管理部"),
                    new Item("对重要供应商开展年度现场检查", "风险管理部"),
                    new Item("外包人员数据访问实行最小授权与审计", "信息科技部"));
            case STAFF_TRAINING -> List.of(new Item("开展全辖合规与服务专项培训", "人力资源部"),
                    new Item("将培训考核结果纳入上岗资格", "人力资源部"),
                    new Item("调整网点考核指标，降低销量权重", "个人金融部"));
            case INTERNAL_CONTROL -> List.of(new Item("落实重要岗位轮换与强制休假", "内控合规部"),
                    new Item("上线员工异常行为监测模型", "内控合规部"),
                    new Item("开展全辖授权与权限专项检查", "审计部"));
            case COMMUNICATION -> List.of(new Item("建立收费调整提前告知与消保审查流程", "消费者权益保护部"),
                    new Item("统一营销材料合规审核", "消费者权益保护部"));
        });
        List<Item> chosen = new ArrayList<>();
        chosen.add(pool.remove(r.nextInt(pool.size())));
        chosen.add(pool.remove(r.nextInt(pool.size())));
        if (plan.goodResponse()) {
            chosen.add(new Item("将本次声明模板纳入舆情应急预案", "办公室"));
        } else {
            chosen.add(new Item("修订舆情应急预案，明确4小时内发布首份声明", "办公室"));
            chosen.add(new Item("调整舆情监测预警阈值，增加投诉量指标", "办公室"));
            if (r.nextDouble() < 0.5) {
                chosen.add(new Item("每半年开展一次舆情应急演练", "办公室"));
            }
        }
        return chosen;
    }

    private static String status(LocalDate due, SplittableRandom r) {
        double u = r.nextDouble();
        if (due.isBefore(AS_OF)) {
            return u < 0.55 ? "done" : u < 0.75 ? "in_progress" : "open";
        }
        return u < 0.1 ? "done" : u < 0.55 ? "in_progress" : "open";
    }

    private static TimelineStep step(IncidentPlan plan, String action) {
        for (TimelineStep s : plan.timeline()) {
            if (s.action().equals(action)) {
                return s;
            }
        }
        return null;
    }
}
