package com.hindsight.web;

import com.hindsight.core.warehouse.ReportLayout;
import com.hindsight.core.warehouse.Stage;
import com.hindsight.core.warehouse.StageLifecycle;
import com.hindsight.core.warehouse.Warehouse;
import com.hindsight.search.cases.ComplaintRecord;
import com.hindsight.search.cases.IncidentRecord;
import com.hindsight.search.cases.IndexBuilder;
import com.hindsight.search.cases.PostRecord;
import com.hindsight.search.cases.PublishedIndex;
import com.hindsight.search.cases.ReviewRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A warehouse with the three runs the case room reads, published the way the stages publish
 * them (no Spark): an index of two incidents (a system failure with duplicate charges, a data
 * leak), their reviews, posts and a complaint, one post whose text is a script tag; an analyze
 * run with INC-1's metrics document; a report run with INC-1's chart, workbook, the portfolio,
 * and a symbolic link that points out of the run.
 */
final class TinyWarehouse {
    static final String SCRIPT_POST = "<script>alert('xss')</script> 重复扣款 还我钱";

    private TinyWarehouse() {
    }

    static void publish(Path warehouse) {
        publishIndex(warehouse, false);
        StageLifecycle.run(Warehouse.local(warehouse), Stage.ANALYZE, 1, run -> io(() -> {
            Path metrics = run.localPath("metrics");
            Files.createDirectories(metrics);
            try (InputStream in = TinyWarehouse.class.getResourceAsStream("INC-1.json")) {
                Files.write(metrics.resolve("INC-1.json"), in.readAllBytes());
            }
        }));
        StageLifecycle.run(Warehouse.local(warehouse), Stage.REPORT, 1, run -> io(() -> {
            // the report stage's layout (ReportLayout), written in Chinese only: an English page
            // falls back to these files
            Path root = run.localPath("");
            Path charts = root.resolve(ReportLayout.chartFolder("zh", "INC-1"));
            Path workbook = root.resolve(ReportLayout.incidentWorkbook("zh", "INC-1"));
            Files.createDirectories(charts);
            Files.createDirectories(workbook.getParent());
            Files.write(charts.resolve("hourly-volume.png"), png());
            Files.write(workbook, "PK workbook".getBytes(StandardCharsets.UTF_8));
            Files.write(root.resolve(ReportLayout.portfolioWorkbook("zh")),
                    "PK portfolio".getBytes(StandardCharsets.UTF_8));
            Files.createSymbolicLink(charts.resolve("leak.png"), Paths.get("/etc/passwd"));
        }));
        try {
            Files.writeString(warehouse.resolve("secret.png"), "not for the web");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the link out of the report run, so that the test's folder can be deleted quietly. */
    static void removeLinks(Path warehouse) {
        try (java.util.stream.Stream<Path> files = Files.walk(warehouse)) {
            for (Path file : files.filter(Files::isSymbolicLink).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes an index run; {@code withThirdIncident} adds INC-3 (a new nightly). */
    static void publishIndex(Path warehouse, boolean withThirdIncident) {
        StageLifecycle.run(Warehouse.local(warehouse), Stage.INDEX, 2, run -> {
            write(run.localPath(PublishedIndex.LUCENE_FOLDER), withThirdIncident);
            return () -> "{}".getBytes(StandardCharsets.UTF_8);
        });
    }

    private static void write(Path folder, boolean withThirdIncident) {
        try (IndexBuilder builder = IndexBuilder.create(folder)) {
            builder.add(incident("INC-1", "华信银行", "核心系统升级故障导致重复扣款", "system_failure",
                    "2024-03-05T01:00:00Z", "核心系统升级后部分客户银行卡被重复扣款，银行致歉并退款"));
            builder.add(new ReviewRecord("INC-1", Instant.parse("2024-03-20T02:00:00Z"),
                    "变更管理不足：核心系统升级未做回归测试", List.of("客服热线及时扩容"),
                    List.of("首份声明超过4小时"), List.of("重大变更须完成回归测试和回退演练", "声明模板提前备好"),
                    List.of(new ReviewRecord.ActionItem("建立变更上线前回归测试清单", "信息科技部",
                            LocalDate.parse("2024-06-30"), "open")), "华信银行", "system_failure"));
            post(builder, "p1", "weibo", "2024-03-05T02:00:00Z", "我的卡被重复扣款了，银行什么时候退款", "INC-1");
            post(builder, "p2", "weibo", "2024-03-05T03:00:00Z", SCRIPT_POST, "INC-1");
            post(builder, "p3", "twitter", "2024-03-05T04:00:00Z", "duplicate debit on my card after the core system upgrade", "INC-1");
            post(builder, "p4", "wechat", "2024-03-05T05:00:00Z", "核心系统升级故障，重复扣款，客户要求退款", "INC-1");
            builder.add(new ComplaintRecord("c1", "hotline", Instant.parse("2024-03-06T02:00:00Z"),
                    "重复扣款，要求退还", "INC-1", "华信银行", "system_failure"));
            builder.add(incident("INC-2", "北辰银行", "员工倒卖客户信息致数据泄露", "data_leak",
                    "2024-08-01T01:00:00Z", "员工倒卖客户个人信息，客户接到诈骗电话，数据泄露"));
            builder.add(new ReviewRecord("INC-2", Instant.parse("2024-08-20T02:00:00Z"),
                    "数据访问权限管理薄弱", List.of(), List.of(), List.of("加强客户数据访问权限管理"),
                    List.of(), "北辰银行", "data_leak"));
            post(builder, "q1", "weibo", "2024-08-01T02:00:00Z", "客户信息泄露，接到诈骗电话，员工倒卖数据", "INC-2");
            post(builder, "q2", "news", "2024-08-01T03:00:00Z", "北辰银行员工倒卖客户信息被查，数据泄露", "INC-2");
            post(builder, "q3", "weibo", "2024-08-02T03:00:00Z", "诈骗电话说出了我的账户信息，怀疑信息泄露", "INC-2");
            post(builder, "u1", "forum", "2024-09-01T03:00:00Z", "网点排队太久", null);
            if (withThirdIncident) {
                builder.add(incident("INC-3", "东方银行", "手机银行闪退无法登录", "system_failure",
                        "2025-01-10T01:00:00Z", "手机银行新版本闪退，客户无法登录转账"));
            }
        }
    }

    private static IncidentRecord incident(String id, String bank, String title, String category,
                                           String openedAt, String summary) {
        return new IncidentRecord(id, bank, title, category, Instant.parse(openedAt), null, null, summary,
                List.of(), List.of());
    }

    private static void post(IndexBuilder builder, String id, String channel, String at, String text,
                             String incidentId) {
        builder.add(new PostRecord(id, channel, Instant.parse(at), null, text, incidentId,
                incidentId == null ? null : incidentId.equals("INC-1") ? "华信银行" : "北辰银行",
                incidentId == null ? null : incidentId.equals("INC-1") ? "system_failure" : "data_leak"));
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static com.hindsight.core.warehouse.StageSummary io(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> "{}".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
