package com.hindsight.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.hindsight.model.FieldSpec;
import com.hindsight.model.SourceTable;
import com.hindsight.model.Vocabulary;
import com.hindsight.sample.archive.ArchiveWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Huarui Bank drill (演练): a tabletop exercise of a core-system failure that follows the drill
 * script of the domain brief. 09:00 monitoring sees the failure; 09:15 complaint calls pile up,
 * are escalated to the president, the emergency plan is activated; 09:30 customers post and tag
 * the official account, a journalist calls; 10:00 root cause found; 10:30 self-media amplify
 * with click-bait, customers gather at branches; 11:00 the regulator calls; 12:00 fix and data
 * recovery begin.
 *
 * <p>Writes its own files, so an archive's other records never change because of it:
 * {@code incidents/drill-register.csv} (one row, {@code kind} drill),
 * {@code injects/drill-injects.csv} (the six scripted injects), {@code actions/drill-timeline.csv}
 * (the team's actions, each answer naming its inject), {@code media/drill-00000.jsonl} (posts that
 * grow with the phases, peak with the amplification and fall after the fix) and
 * {@code complaints/drill-00000.csv}. The script is fixed; posts and complaints are drawn from
 * the drill's own random stream ({@link Seeds.Purpose#DRILL}), and grow linearly with the scale.
 * The team answers every inject but the crowds at the branches, and raises the alert late:
 * the scores docs/playbooks.md walks through.
 */
final class HuaruiDrill {
    static final String ID = "DRL-2025-001";
    static final Bank BANK = new Bank("华瑞银行", "Huarui Bank", "合肥");
    static final LocalDate DAY = LocalDate.of(2025, 9, 16);
    static final String REGISTER = "drill-register.csv";
    static final String TIMELINE = "drill-timeline.csv";
    static final String INJECTS = "drill-injects.csv";
    /** Base name of the drill's media (JSON Lines) and complaint (CSV) shards. */
    static final String SHARDS = "drill";

    /** Minutes after 09:00 of the first post: a customer's, scripted. */
    private static final int FIRST_POST_MINUTE = 20;
    private static final int LAST_MINUTE = 8 * 60;

    private record ScriptedInject(String id, int minute, String kind, String text) {
    }

    private record ScriptedAction(int minute, String role, String action, String injectId,
                                  String note) {
    }

    private static final List<ScriptedInject> SCRIPT = List.of(
            new ScriptedInject("DRL-J01", 15, "complaint_surge",
                    "客服热线来电量激增，客户反映转账显示成功但对方未到账、账户被重复扣款"),
            new ScriptedInject("DRL-J02", 30, "customer_post",
                    "客户在微博发帖并@华瑞银行官方微博，晒出重复扣款截图"),
            new ScriptedInject("DRL-J03", 30, "journalist_call",
                    "财经媒体记者致电品牌部，要求就系统故障作出回应"),
            new ScriptedInject("DRL-J04", 90, "viral_post",
                    "自媒体以“华瑞银行储户存款一夜蒸发？”为题发文，阅读量迅速破十万"),
            new ScriptedInject("DRL-J05", 90, "branch_crowd",
                    "合肥多家网点出现客户聚集，要求当面核对账户"),
            new ScriptedInject("DRL-J06", 120, "regulator_call",
                    "监管部门来电了解故障影响范围及处置进展"));

    private static final List<ScriptedAction> ACTIONS = List.of(
            new ScriptedAction(0, "monitoring", "detected", null,
                    "运维监控发现核心系统交易异常，舆情监测同步关注"),
            new ScriptedAction(18, "customer_service", "escalated", "DRL-J01",
                    "客服中心将来电激增情况上报分管行领导及行长"),
            new ScriptedAction(20, "management", "plan_activated", "DRL-J01",
                    "行长宣布启动舆情及业务连续性应急预案，成立应急小组"),
            new ScriptedAction(25, "tech", "verified", null,
                    "科技部确认核心系统批量记账程序异常，部分交易重复记账"),
            new ScriptedAction(40, "monitoring", "alert", null,
                    "触发预警：客户来电与社交媒体相关信息快速增加"),
            new ScriptedAction(42, "pr", "other", "DRL-J03",
                    "品牌部按统一口径回复记者，承诺尽快发布情况说明"),
            new ScriptedAction(55, "pr", "statement", "DRL-J02",
                    "官方微博发布情况说明，致歉并公布客服专线"),
            new ScriptedAction(60, "tech", "root_cause_found", null,
                    "查明原因：批量记账程序版本切换时参数配置错误"),
            new ScriptedAction(105, "pr", "statement", "DRL-J04",
                    "官方微博发布辟谣声明：客户资金安全，重复扣款将全额退回"),
            new ScriptedAction(140, "risk", "regulator_informed", "DRL-J06",
                    "风险管理部向监管部门报告故障原因、影响范围及处置方案"),
            new ScriptedAction(180, "tech", "other", null, "开始修复程序并恢复数据"),
            new ScriptedAction(390, "tech", "fixed", null, "修复完成，重复扣款全部冲正"),
            new ScriptedAction(480, "management", "closed", null, "演练结束，转入复盘"));

    /** What the drill wrote, per folder. */
    record Written(long posts, long complaints, long actions, long injects) {
    }

    private final GeneratorConfig config;
    private final long start = Times.atLocal(DAY, 9, 0, 0);

    HuaruiDrill(GeneratorConfig config) {
        this.config = config;
    }

    Written write(Path archive) throws IOException {
        writeRegister(archive);
        writeInjects(archive);
        writeTimeline(archive);
        long posts = writePosts(archive);
        long complaints = writeComplaints(archive);
        return new Written(posts, complaints, ACTIONS.size(), SCRIPT.size());
    }

    private long at(int minute) {
        return start + minute * Times.MINUTE;
    }

    private void writeRegister(Path archive) throws IOException {
        List<String> header = header(SourceTable.INCIDENTS);
        try (ArchiveWriter file = ArchiveWriter.csv(archive, SourceTable.INCIDENTS, REGISTER, header)) {
            Object[] row = new Object[header.size()];
            set(row, header, "id", ID);
            set(row, header, "bank", BANK.zh());
            set(row, header, "title", BANK.zh() + "核心系统故障舆情应急演练");
            set(row, header, "category", Category.SYSTEM_FAILURE.value());
            set(row, header, "opened_at", Times.iso(start));
            set(row, header, "closed_at", Times.iso(at(LAST_MINUTE)));
            set(row, header, "query", "");
            set(row, header, "summary", DAY.getYear() + "年" + Times.chineseDate(start) + "，" + BANK.zh()
                    + "开展核心系统故障舆情应急演练（桌面推演）：模拟批量记账程序异常导致客户重复扣款，"
                    + "客户来电激增、社交媒体发酵、自媒体炒作、网点客户聚集及监管问询等情景。");
            set(row, header, "kind", Vocabulary.DRILL);
            file.csvRecord(row);
            file.commit();
        }
    }

    private void writeInjects(Path archive) throws IOException {
        List<String> header = header(SourceTable.INJECTS);
        try (ArchiveWriter file = ArchiveWriter.csv(archive, SourceTable.INJECTS, INJECTS, header)) {
            for (ScriptedInject inject : SCRIPT) {
                Object[] row = new Object[header.size()];
                set(row, header, "id", inject.id());
                set(row, header, "incident_id", ID);
                set(row, header, "planned_at", Times.iso(at(inject.minute())));
                set(row, header, "kind", inject.kind());
                set(row, header, "text", inject.text());
                file.csvRecord(row);
            }
            file.commit();
        }
    }

    private void writeTimeline(Path archive) throws IOException {
        List<String> header = header(SourceTable.ACTIONS);
        try (ArchiveWriter file = ArchiveWriter.csv(archive, SourceTable.ACTIONS, TIMELINE, header)) {
            for (ScriptedAction action : ACTIONS) {
                Object[] row = new Object[header.size()];
                set(row, header, "incident_id", ID);
                set(row, header, "at", Times.iso(at(action.minute())));
                set(row, header, "role", action.role());
                set(row, header, "action", action.action());
                set(row, header, "note", action.note());
                set(row, header, "inject_id", action.injectId());
                file.csvRecord(row);
            }
            file.commit();
        }
    }

    /**
     * Posts per ten minutes at scale 1, by phase: a trickle of customers, then more as they tag
     * the official account, a peak while self-media amplify (10:30 to 11:30), a fall after the
     * fix begins at 12:00.
     */
    static int postsInSlot(int slot) {
        int minute = slot * 10;
        if (minute < FIRST_POST_MINUTE) {
            return 0;
        }
        if (minute < 30) {
            return 2;
        }
        if (minute < 90) {
            return 4 + 2 * ((minute - 30) / 10);
        }
        if (minute < 150) {
            return new int[] {22, 28, 30, 28, 25, 22}[(minute - 90) / 10];
        }
        if (minute < 180) {
            return 18 - 3 * ((minute - 150) / 10);
        }
        return (int) Math.round(14 * Math.pow(0.8, (minute - 180) / 10.0));
    }

    private long writePosts(Path archive) throws IOException {
        SplittableRandom random = Seeds.random(config.seed(), Seeds.Purpose.DRILL, 1);
        List<String> ids = new ArrayList<>();
        long written = 0;
        try (ArchiveWriter media = ArchiveWriter.jsonLinesShards(archive, SourceTable.MEDIA, SHARDS,
                false, ArchiveLayout.RECORDS_PER_SHARD)) {
            // the first post is scripted: the first mention the playbook measures from
            written += post(media, ids, random, at(FIRST_POST_MINUTE), "weibo",
                    "@华瑞银行官方微博 转账显示成功，对方说没收到，余额还被扣了两次？？", false, null);
            for (int slot = 0; slot * 10 < LAST_MINUTE; slot++) {
                int count = postsInSlot(slot) * config.scale() - (slot == 2 ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    long time = at(slot * 10) + random.nextLong(10 * Times.MINUTE);
                    written += post(media, ids, random, time, channel(random, slot),
                            text(random, slot), false, repostOf(random, ids));
                }
                for (ScriptedAction action : ACTIONS) {
                    if (action.action().equals("statement") && action.minute() / 10 == slot) {
                        written += post(media, ids, random, at(action.minute()), "weibo",
                                "【情况说明】" + action.note().replace("官方微博发布", ""), true, null);
                    }
                }
            }
            media.commit();
        }
        return written;
    }

    private int post(ArchiveWriter media, List<String> ids, SplittableRandom random, long time,
                     String channel, String text, boolean official, String parent)
            throws IOException {
        String id = "drl-" + Times.pad(ids.size(), 6);
        JsonGenerator json = media.startJson();
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("channel", channel);
        json.writeStringField("published_at", Times.iso(time));
        json.writeStringField("text", parent == null ? text : "转发：" + text);
        json.writeStringField("incident_id", ID);
        json.writeStringField("author_id", official ? "weibo-official-huarui"
                : "drl-u" + random.nextInt(1_000_000));
        json.writeStringField("author_name", official ? BANK.weiboAccount()
                : "演练账号" + random.nextInt(10_000));
        json.writeNumberField("author_followers", official ? 820_000
                : (long) Math.exp(3 + random.nextDouble() * 8));
        json.writeBooleanField("is_official", official);
        if (parent != null) {
            json.writeStringField("parent_id", parent);
        }
        json.writeNumberField("reposts", random.nextInt(official ? 400 : 20));
        json.writeNumberField("comments", random.nextInt(official ? 900 : 30));
        json.writeNumberField("likes", random.nextInt(official ? 2000 : 60));
        json.writeStringField("lang", "zh");
        if (official) {
            json.writeNumberField("sentiment", 0.3);
        } else if (random.nextDouble() < 0.7) {
            json.writeNumberField("sentiment", Math.round(tone(time) * 100) / 100.0);
        }
        json.writeStringField("crawled_at", Times.iso(time + 5 * Times.MINUTE));
        json.writeEndObject();
        media.endJson();
        ids.add(id);
        return 1;
    }

    /** The vendor's score of a customer post: angry at first, worst at the amplification, calm once the fix begins. */
    private double tone(long time) {
        long minute = (time - start) / Times.MINUTE;
        return minute < 90 ? -0.6 : minute < 180 ? -0.8 : 0.1;
    }

    private static String repostOf(SplittableRandom random, List<String> ids) {
        return ids.isEmpty() || random.nextDouble() >= 0.3 ? null
                : ids.get(random.nextInt(ids.size()));
    }

    private static String channel(SplittableRandom random, int slot) {
        double r = random.nextDouble();
        if (slot >= 5 && r < 0.05) {
            return "news";
        }
        return r < 0.6 ? "weibo" : r < 0.75 ? "wechat" : r < 0.9 ? "douyin" : "forum";
    }

    private static final List<String> CUSTOMERS = List.of(
            "@华瑞银行官方微博 转账失败钱却扣了，客服电话一直打不进去",
            "华瑞银行怎么回事？同一笔消费被扣了两次，余额也不对",
            "刚收到华瑞银行扣款短信，可我什么都没买，有人知道怎么回事吗",
            "华瑞银行手机银行显示余额少了一截，排队等客服半小时");
    private static final List<String> AMPLIFIED = List.of(
            "震惊！华瑞银行储户存款一夜蒸发？知情人曝内幕",
            "华瑞银行系统崩了？大批客户赶往网点排队取钱",
            "紧急提醒：在华瑞银行有存款的朋友赶紧查一下余额",
            "华瑞银行网点门口挤满了人，这是要出大事了吗");
    private static final List<String> SETTLING = List.of(
            "华瑞银行说重复扣的钱会全额退回，刚看了已经到账了",
            "华瑞银行这次回应还算及时，希望以后别再出这种问题",
            "华瑞银行的说明看了，原来是系统参数错误，钱没丢就好",
            "余额恢复正常了，华瑞银行还发了短信致歉");

    private static String text(SplittableRandom random, int slot) {
        List<String> texts = slot < 9 ? CUSTOMERS : slot < 18 ? AMPLIFIED : SETTLING;
        return texts.get(random.nextInt(texts.size()));
    }

    /** Complaints per ten minutes at scale 1: calls pile up from 09:10, peak, fall by 14:00. */
    static int complaintsInSlot(int slot) {
        int minute = slot * 10;
        if (minute < 10 || minute >= 300) {
            return 0;
        }
        return minute < 60 ? 2 + minute / 10 : Math.max(1, 7 - (minute - 60) / 40);
    }

    private static final List<String> COMPLAINT_TEXTS = List.of(
            "客户反映转账显示成功但收款方未到账，要求核实", "客户反映同一笔交易被重复扣款，要求退回",
            "客户反映手机银行余额显示错误，担心资金安全", "客户在网点要求当面核对账户流水");

    private long writeComplaints(Path archive) throws IOException {
        SplittableRandom random = Seeds.random(config.seed(), Seeds.Purpose.DRILL, 2);
        List<String> header = header(SourceTable.COMPLAINTS);
        long written = 0;
        try (ArchiveWriter file = ArchiveWriter.csvShards(archive, SourceTable.COMPLAINTS, SHARDS,
                ArchiveLayout.RECORDS_PER_SHARD, header)) {
            for (int slot = 0; slot * 10 < LAST_MINUTE; slot++) {
                for (int i = 0; i < complaintsInSlot(slot) * config.scale(); i++) {
                    long received = at(slot * 10) + random.nextLong(10 * Times.MINUTE);
                    // complaints made at the counters are in the branches' own export, not here
                    String channel = slot >= 9 && random.nextDouble() < 0.3 ? "social"
                            : random.nextDouble() < 0.75 ? "hotline" : "app";
                    long contact = received + (2 + random.nextLong(40)) * Times.MINUTE;
                    long resolved = Math.max(at(390), contact) + random.nextLong(3 * Times.HOUR);
                    Object[] row = new Object[header.size()];
                    set(row, header, "id", "DRL-C-" + Times.pad(written + 1, 5));
                    set(row, header, "received_at", Times.iso(received));
                    set(row, header, "channel", channel);
                    set(row, header, "text", COMPLAINT_TEXTS.get(random.nextInt(COMPLAINT_TEXTS.size())));
                    set(row, header, "incident_id", ID);
                    set(row, header, "branch", "合肥" + List.of("政务区", "庐阳", "蜀山", "包河")
                            .get(random.nextInt(4)) + "支行");
                    set(row, header, "product", random.nextDouble() < 0.6 ? "借记卡" : "手机银行");
                    set(row, header, "issue", "重复扣款");
                    set(row, header, "first_response_at", Times.iso(contact));
                    set(row, header, "resolved_at", Times.iso(resolved));
                    set(row, header, "status", "closed");
                    set(row, header, "outcome", "corrected");
                    file.csvRecord(row);
                    written++;
                }
            }
            file.commit();
        }
        return written;
    }

    private static List<String> header(SourceTable table) {
        return table.fields().stream().map(FieldSpec::name).toList();
    }

    private static void set(Object[] row, List<String> header, String field, Object value) {
        row[header.indexOf(field)] = value == null ? "" : value;
    }
}
