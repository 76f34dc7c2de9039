package com.hindsight.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny archive for the command line's pipeline tests: one incident (INC-1, 重复扣款) with its
 * timeline and review, three good posts and one with a bad time (quarantined), one complaint.
 */
final class TinyArchive {
    private TinyArchive() {
    }

    static Path write(Path archive) throws IOException {
        write(archive.resolve("incidents/register.csv"),
                "id,bank,title,category,opened_at,closed_at,query\n"
                        + "INC-1,华信银行,核心系统升级故障,system_failure,2024-03-05 09:00:00,"
                        + "2024-03-08 18:00:00,重复扣款\n");
        write(archive.resolve("actions/timeline.csv"), "incident_id,at,role,action,note\n"
                + "INC-1,2024-03-05 09:10:00,monitoring,detected,监测发现扣款相关舆情\n"
                + "INC-1,2024-03-05 12:00:00,pr,statement,官微发布致歉声明\n");
        write(archive.resolve("reviews/INC-1.json"), "{\"incident_id\":\"INC-1\",\"root_cause\":"
                + "\"变更管理: 回归测试不足\",\"lessons\":[\"先发声明\"],\"actions\":[{\"title\":"
                + "\"季度演练\",\"owner\":\"IT\",\"due\":\"2024-06-30\",\"status\":\"open\"}],"
                + "\"reviewed_at\":\"2024-04-01 10:00:00\"}\n");
        write(archive.resolve("media/posts.jsonl"),
                post("p1", "2024-03-05T10:00:00+08:00", "我的卡被重复扣款了")
                        + post("p2", "2024-03-05T11:00:00+08:00", "又被重复扣款")
                        + post("p3", "2024-03-05T12:00:00+08:00", "Waiting for a refund")
                        + "{\"id\":\"p4\",\"channel\":\"weibo\",\"published_at\":\"not a time\","
                        + "\"text\":\"x\"}\n");
        write(archive.resolve("complaints/complaints.csv"),
                "id,received_at,channel,text,incident_id\n"
                        + "c1,2024-03-05 10:00:00,hotline,重复扣款两次,INC-1\n");
        return archive;
    }

    private static String post(String id, String time, String text) {
        return "{\"id\":\"" + id + "\",\"channel\":\"weibo\",\"published_at\":\"" + time
                + "\",\"text\":\"" + text + "\"}\n";
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
