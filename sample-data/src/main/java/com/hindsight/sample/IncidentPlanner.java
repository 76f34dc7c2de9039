package com.hindsight.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans the incidents of an archive. Incident i is of category i mod 6 (so the first six cover all
 * categories), at a bank and on a topic chosen so that no two of the first 216 incidents share bank,
 * category and topic, and first mentioned on a date spread evenly over 2024-2025 in index order.
 * Each plan draws from its own random stream, so plans do not depend on one another.
 */
final class IncidentPlanner {
    private IncidentPlanner() {
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 8);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 20);

    /** Response quality of the first six incidents, fixed so the sample always shows both. */
    private static final boolean[] FIRST_SIX_GOOD = {true, false, false, true, true, false};

    static final String DETECTED = Vocab.action("detected");
    static final String ALERT = Vocab.action("alert");
    static final String VERIFIED = Vocab.action("verified");
    static final String ESCALATED = Vocab.action("escalated");
    static final String PLAN_ACTIVATED = Vocab.action("plan_activated");
    static final String STATEMENT = Vocab.action("statement");
    static final String REGULATOR_INFORMED = Vocab.action("regulator_informed");
    static final String ROOT_CAUSE_FOUND = Vocab.action("root_cause_found");
    static final String FIXED = Vocab.action("fixed");
    static final String CLOSED = Vocab.action("closed");

    private static final String MONITORING = Vocab.role("monitoring");
    private static final String MANAGEMENT = Vocab.role("management");
    private static final String PR = Vocab.role("pr");
    private static final String TECH = Vocab.role("tech");
    private static final String CUSTOMER_SERVICE = Vocab.role("customer_service");
    private static final String RISK = Vocab.role("risk");
    private static final String LEGAL = Vocab.role("legal");

    static List<IncidentPlan> plan(GeneratorConfig config) {
        int n = config.incidentCount();
        long span = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        long[] firstMentions = new long[n];
        SplittableRandom[] randoms = new SplittableRandom[n];
        for (int i = 0; i < n; i++) {
            randoms[i] = Seeds.random(config.seed(), Seeds.Purpose.PLAN, i);
            SplittableRandom r = randoms[i];
            long day = (long) Math.floor((i + 0.15 + 0.7 * r.nextDouble()) * span / n);
            LocalDate date = FIRST_DAY.plusDays(day);
            int hour = 7 + (int) (r.nextDouble() * r.nextDouble() * 15) + r.nextInt(2);
            firstMentions[i] = Times.atLocal(date, hour, r.nextInt(60), r.nextInt(60));
        }
        List<IncidentPlan> plans = new ArrayList<>(n);
        int sequence = 0;
        int year = -1;
        for (int i = 0; i < n; i++) {
            int y = Times.localDate(firstMentions[i]).getYear();
            sequence = y == year ? sequence + 1 : 1;
            year = y;
            String id = "INC-" + y + "-" + Times.pad(sequence, 3);
            plans.add(planOne(config, i, n, id, firstMentions[i], randoms[i]));
        }
        return plans;
    }

    private static IncidentPlan planOne(GeneratorConfig config, int i, int n, String id, long t0,
                                        SplittableRandom r) {
        Category category = Category.values()[i % 6];
        int round = i / 6;
        Bank bank = Bank.ALL.get((i % 6 + round) % Bank.ALL.size());
        Topic topic = category.topics().get((round + round / 12) % 3);
        boolean good = i < 6 ? FIRST_SIX_GOOD[i] : r.nextDouble() < 0.55;
        boolean closed = i < n - 1;

        long delay = good ? Draw.uniform(r, 60 * 60L, 180 * 60L) : Draw.uniform(r, 12 * 3600L, 30 * 3600L);
        long first = t0 + delay;
        List<Long> statements = new ArrayList<>();
        statements.add(first);
        int followUps = good ? 1 + r.nextInt(2) : 1 + r.nextInt(3);
        long at = first;
        for (int f = 0; f < followUps; f++) {
            at = officeHours(r, at + (long) (Draw.uniform(r, good ? 4 : 8, good ? 30 : 48) * 3600));
            statements.add(at);
        }
        long wechat = r.nextDouble() < 0.6 ? first + Draw.uniform(r, 5 * 60L, 40 * 60L) : -1;

        double peak = good ? delay + Draw.uniform(r, 0.3, 2.0) * 3600 : Draw.uniform(r, 4, 10) * 3600;
        double decay = (good ? Draw.uniform(r, 6, 10) : Draw.uniform(r, 12, 24)) * 3600;

        double perIncident = config.targetPosts() * 0.95 / n;
        long posts = Math.max(60, Math.round(perIncident * category.attention() / Category.meanAttention()
                * Draw.uniform(r, 0.8, 1.2)));
        long noise = Math.round(posts * 0.05 / 0.95);
        long complaints = Math.max(5, Math.round(posts * category.complaintsPerPost() * Draw.uniform(r, 0.85, 1.15)));

        List<TimelineStep> timeline = timeline(r, category, topic, good, closed, t0, statements);
        Times.Style style = i % 3 == 2 ? Times.Style.LOCAL : Times.Style.ISO_OFFSET;
        return new IncidentPlan(i, id, category, topic, bank, t0, good, List.copyOf(statements), wechat, peak,
                decay, posts, noise, complaints, timeline, closed, style);
    }

    /**
     * The response timeline. A good response runs detection to plan activation inside the time to
     * the first statement; a poor one detects late, often without an alert, sometimes never
     * activates the plan or informs the regulator. The first statement step is at exactly the time
     * of the first official post.
     */
    private static List<TimelineStep> timeline(SplittableRandom r, Category category, Topic topic, boolean good,
                                               boolean closed, long t0, List<Long> statements) {
        long first = statements.get(0);
        long s = first - t0;
        List<TimelineStep> steps = new ArrayList<>();
        String term = topic.zhTerms().get(0);
        boolean alert = good || r.nextDouble() < 0.6;
        boolean escalated = !good || r.nextDouble() < 0.85;
        boolean planActivated = good || r.nextDouble() < 0.7;

        double[] f = sortedFractions(r, 5, good ? 0.06 : 0.25, 0.93);
        if (!good) {
            f[0] = Draw.uniform(r, 0.12, f[1]);
        }
        // at least a couple of minutes between steps, all before the statement
        for (int k = 1; k < f.length; k++) {
            f[k] = Math.min(0.97, Math.max(f[k], f[k - 1] + Draw.uniform(r, 120, 600) / s));
        }
        String perHour = Integer.toString(good ? 20 + r.nextInt(60) : 80 + r.nextInt(400));
        if (alert) {
            steps.add(new TimelineStep(DETECTED, MONITORING, t0 + (long) (f[0] * s),
                    "舆情监测发现微博出现“" + term + "”相关信息，1小时内" + perHour + "条"));
            steps.add(new TimelineStep(ALERT, MONITORING, t0 + (long) (f[1] * s),
                    (good ? "触发二级预警" : "触发一级预警") + "：相关信息" + perHour + "条/小时，负面占比"
                            + (68 + r.nextInt(20)) + "%"));
        } else {
            steps.add(new TimelineStep(DETECTED, CUSTOMER_SERVICE, t0 + (long) (f[1] * s),
                    "客服中心报告“" + term + "”相关投诉激增，监测系统未触发预警"));
        }
        steps.add(new TimelineStep(VERIFIED, category == Category.SYSTEM_FAILURE ? TECH : RISK,
                t0 + (long) (f[2] * s), good ? "核实问题属实，初步判断影响范围" : "核实问题属实，影响范围仍在评估"));
        if (escalated) {
            steps.add(new TimelineStep(ESCALATED, MANAGEMENT, t0 + (long) (f[3] * s), "上报分管行领导及行长"));
        }
        if (planActivated) {
            steps.add(new TimelineStep(PLAN_ACTIVATED, MANAGEMENT, t0 + (long) (f[4] * s),
                    "启动舆情应急预案，成立由办公室、消保、科技、法律合规组成的处置小组"));
        }
        String pr = r.nextDouble() < 0.15 ? "PR" : PR;
        steps.add(new TimelineStep(STATEMENT, pr, first, "在官方微博发布首份声明"));
        for (int k = 1; k < statements.size(); k++) {
            steps.add(new TimelineStep(STATEMENT, PR, statements.get(k), "发布进展通报（" + k + "）"));
        }
        if (good || r.nextDouble() < 0.65) {
            long at = good ? first + Draw.uniform(r, 5 * 60L, 2 * 3600L) : first + Draw.uniform(r, 3 * 3600L, 30 * 3600L);
            steps.add(new TimelineStep(REGULATOR_INFORMED, r.nextDouble() < 0.5 ? RISK : LEGAL, at,
                    "向属地金融监管局报告事件情况及处置进展"));
        }
        long rootCause = first + (long) ((good ? Draw.uniform(r, 1, 12) : Draw.uniform(r, 12, 72)) * 3600);
        String rootRole = category == Category.SYSTEM_FAILURE ? TECH
                : category == Category.STAFF_MISCONDUCT ? LEGAL : RISK;
        steps.add(new TimelineStep(ROOT_CAUSE_FOUND, rootRole, rootCause, "查明原因：" + topic.cause()));
        long fixed = rootCause + (long) (Draw.uniform(r, 1, 36) * 3600);
        if (closed || r.nextDouble() < 0.5) {
            steps.add(new TimelineStep(FIXED, category == Category.SYSTEM_FAILURE ? TECH : CUSTOMER_SERVICE, fixed,
                    "完成修复与客户补救：" + topic.progress()));
        }
        if (closed) {
            long closedAt = officeHours(r, Math.max(fixed, statements.get(statements.size() - 1))
                    + (long) (Draw.uniform(r, 4, 20) * Times.DAY));
            steps.add(new TimelineStep(CLOSED, MANAGEMENT, closedAt, "舆情平稳，事件关闭，转入复盘"));
        }
        steps.sort((a, b) -> Long.compare(a.at(), b.at()));
        return List.copyOf(steps);
    }

    /** The same time if between 08:00 and 22:00, otherwise the next morning between 08:00 and 10:00. */
    static long officeHours(SplittableRandom r, long t) {
        int hour = Times.localHour(t);
        if (hour >= 8 && hour < 22) {
            return t;
        }
        long day = Times.startOfLocalDay(t) + (hour >= 22 ? Times.DAY : 0);
        return day + 8 * 3600L + r.nextInt(2 * 3600);
    }

    private static double[] sortedFractions(SplittableRandom r, int count, double from, double to) {
        double[] f = new double[count];
        for (int i = 0; i < count; i++) {
            f[i] = Draw.uniform(r, from, to);
        }
        java.util.Arrays.sort(f);
        return f;
    }
}
