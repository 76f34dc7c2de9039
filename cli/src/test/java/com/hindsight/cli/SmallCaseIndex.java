package com.hindsight.cli;

import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.ComplaintRecord;
import com.hindsight.search.cases.IncidentRecord;
import com.hindsight.search.cases.IndexBuilder;
import com.hindsight.search.cases.PostRecord;
import com.hindsight.search.cases.ReviewRecord;
import com.hindsight.search.cases.PublishedIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A four-document case index published into a warehouse the way the index stage publishes it
 * (built with the search API, so that no Spark is needed): one incident, two posts, a complaint.
 */
final class SmallCaseIndex {
    private SmallCaseIndex() {
    }

    static void publish(Path warehouse) {
        StageLifecycle.run(Warehouse.local(warehouse), Stage.INDEX, 1, run -> {
            write(run.localPath(PublishedIndex.LUCENE_FOLDER));
            return () -> "{}".getBytes(StandardCharsets.UTF_8);
        });
    }

    private static void write(Path folder) {
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            builder.add(new IncidentRecord("INC-1", "华信银行", "核心系统升级故障", "system_failure",
                    Instant.parse("2024-03-05T01:00:00Z"), "客户遭重复扣款", List.of()));
            builder.add(new PostRecord("p1", "weibo", Instant.parse("2024-03-05T02:00:00Z"), null,
                    "我的卡被重复扣款了", "INC-1", "华信银行", "system_failure"));
            builder.add(new PostRecord("p2", "twitter", Instant.parse("2024-03-06T02:00:00Z"), null,
                    "duplicate debit on my card, asking for refunds", "INC-1", "华信银行",
                    "system_failure"));
            builder.add(new ReviewRecord("INC-1", Instant.parse("2024-04-01T02:00:00Z"),
                    "变更管理不足，升级前未做回归测试", List.of("监测及时"), List.of("声明偏晚"),
                    List.of("重大变更须灰度发布"), List.of(new ReviewRecord.ActionItem("建立回归测试清单",
                            "信息科技部", java.time.LocalDate.parse("2024-06-30"), "open")),
                    "华信银行", "system_failure"));
            builder.add(new ComplaintRecord("c1", "hotline", Instant.parse("2024-03-07T02:00:00Z"),
                    "重复扣款，要求退还", "INC-1", "华信银行", "system_failure"));
        }
    }
}
