package com.hindsight.search.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A small set of past cases in Chinese, English and Spanish, and an index of them. */
final class CaseFixtures {
    private CaseFixtures() {
    }

    static List<CaseRecord> records() {
        return List.of(
                new IncidentRecord("INC-1", "华信银行", "核心系统升级故障", "system_failure",
                        Instant.parse("2024-03-05T01:00:00Z"), "核心系统出现故障，客户遭重复扣款",
                        List.of(new IncidentRecord.TimelineStep(Instant.parse("2024-03-05T04:00:00Z"),
                                        "pr", "statement", "官微发布致歉声明"),
                                new IncidentRecord.TimelineStep(Instant.parse("2024-03-05T02:00:00Z"),
                                        "tech", "root_cause_found", "批量任务重复执行"))),
                new IncidentRecord("INC-2", "海川银行", "理财收益率误导", "mis_selling",
                        Instant.parse("2024-06-01T02:00:00Z"),
                        "Wealth product advertised with an inflated yield", List.of()),
                new PostRecord("p1", "weibo", Instant.parse("2024-03-05T02:00:00Z"), null,
                        "核心系统出现故障，余额显示错误", "INC-1", "华信银行", "system_failure"),
                new PostRecord("p2", "weibo", Instant.parse("2024-03-05T03:00:00Z"), null,
                        "核心系统故障导致重复扣款", "INC-1", "华信银行", "system_failure"),
                new PostRecord("p3", "twitter", Instant.parse("2024-03-05T04:00:00Z"), null,
                        "Still waiting for my refund after the duplicate debit", "INC-1", "华信银行",
                        "system_failure"),
                new PostRecord("p4", "facebook", Instant.parse("2024-06-02T02:00:00Z"), null,
                        "Me cobraron una comisión y quiero la devolución", "INC-2", "海川银行",
                        "mis_selling"),
                new PostRecord("p5", "news", Instant.parse("2024-06-03T02:00:00Z"), "理财宣传调查",
                        "理财产品收益率宣传夸大", null, null, null),
                new ComplaintRecord("c1", "hotline", Instant.parse("2024-03-05T05:00:00Z"),
                        "重复扣款两次，要求退款。Customer asks for refunds.", "INC-1", "华信银行",
                        "system_failure"),
                new ComplaintRecord("c2", "app", Instant.parse("2024-06-02T03:00:00Z"),
                        "理财收益率与宣传不符", "INC-2", "海川银行", "mis_selling"),
                new ReviewRecord("INC-1", Instant.parse("2024-04-01T02:00:00Z"),
                        "变更管理不足，升级前未做回归测试", List.of("2小时内发布首份声明"),
                        List.of("部分网点未收到统一口径"), List.of("先发声明，再查细节"),
                        List.of(new ReviewRecord.ActionItem("季度演练", "IT运维部",
                                LocalDate.parse("2024-06-30"), "open")),
                        "华信银行", "system_failure"));
    }

    /** Builds the index, adding the records in the given order. */
    static Path index(Path folder, List<CaseRecord> records) {
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            records.forEach(builder::add);
        }
        return folder;
    }

    static List<CaseRecord> reversed() {
        List<CaseRecord> records = new ArrayList<>(records());
        Collections.reverse(records);
        return records;
    }
}
