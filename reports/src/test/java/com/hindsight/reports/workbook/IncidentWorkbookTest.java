package com.hindsight.reports.workbook;

import static com.hindsight.reports.WorkbookCells.rowLabelled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Language;
import com.hindsight.reports.ReportWriter;
import com.hindsight.reports.WorkbookCells;
import com.hindsight.reports.charts.ChartImage;
import com.hindsight.reports.metrics.IncidentMetrics;
import com.hindsight.reports.metrics.MetricsDocumentException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The incident workbook read back with POI, cell by cell against the document it came from. */
class IncidentWorkbookTest {
    private static final JsonNode DOCUMENT = Fixtures.tree(Fixtures.INCIDENT);
    private static byte[] english;
    private static List<ChartImage> charts;

    @BeforeAll
    static void writeOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        charts = new ReportWriter(Language.EN).incident(Fixtures.incident(), out);
        english = out.toByteArray();
    }

    private static XSSFWorkbook workbook() {
        return WorkbookCells.open(english);
    }

    @Test
    void hasTheSheetsOfTheReportInEnglish() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Brief", "Summary", "Spread", "Cascades and key spreaders",
                    "Coverage",
                    "Response", "Complaints", "Complaint backlog", "Complaints vs posts",
                    "Lessons learned", "Playbook");
        }
    }

    @Test
    void chineseWorkbookHasChineseSheetsHeadersAndValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.ZH).incident(Fixtures.incident(), out);
        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("简报");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("概要");
            assertThat(workbook.getSheet("经验教训")).isNotNull();
            Sheet summary = workbook.getSheet("概要");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目");
            assertThat(rowLabelled(summary, 0, "类别").getCell(1).getStringCellValue())
                    .isEqualTo("系统故障");
            assertThat(rowLabelled(summary, 0, "首次声明是否达标").getCell(1).getStringCellValue())
                    .isEqualTo("达标");
            // the main channels by volume come first: weibo leads the sample
            assertThat(workbook.getSheet("传播").getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("微博");
        }
    }

    @Test
    void spreadHasOneRowPerHourWithTheDocumentsCounts() throws IOException {
        JsonNode hourly = DOCUMENT.get("hourly");
        try (XSSFWorkbook workbook = workbook()) {
            Sheet spread = workbook.getSheet("Spread");
            assertThat(spread.getLastRowNum()).isEqualTo(hourly.size());
            for (int i = 0; i < hourly.size(); i++) {
                Row row = spread.getRow(i + 1);
                JsonNode hour = hourly.get(i);
                assertDateTime(row.getCell(0), hour.get("hour").asText());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(hour.get("posts").asLong());
                assertThat(row.getCell(2).getNumericCellValue())
                        .isEqualTo(hour.get("negative_posts").asLong());
                long scored = hour.get("scored_posts").asLong();
                if (scored == 0) {
                    assertThat(row.getCell(4)).as("no share without scored posts").isNull();
                } else {
                    assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(
                            hour.get("negative_posts").asDouble() / scored, within(1e-12));
                    assertThat(row.getCell(4).getCellStyle().getDataFormatString()).contains("%");
                }
            }
            // channel columns: each channel's column sums to its posts in the document
            Map<String, Long> expected = new HashMap<>();
            DOCUMENT.get("hourly_by_channel").forEach(r -> expected.merge(
                    r.get("channel").asText(), r.get("posts").asLong(), Long::sum));
            Row header = spread.getRow(0);
            // the channels plus one column of the channels beyond the main four, summed
            assertThat(header.getLastCellNum() - 5).isEqualTo(expected.size() + 1);
            int other = 5 + 4;
            assertThat(header.getCell(other).getStringCellValue()).isEqualTo("Other channels");
            double restSum = 0;
            for (int column = 5; column < header.getLastCellNum(); column++) {
                double sum = 0;
                for (int i = 1; i <= hourly.size(); i++) {
                    sum += spread.getRow(i).getCell(column).getNumericCellValue();
                }
                if (column == other) {
                    continue;
                }
                String channel = channelOf(header.getCell(column).getStringCellValue());
                assertThat(sum).as(channel).isEqualTo((double) expected.get(channel));
                restSum += column > other ? sum : 0;
            }
            double otherSum = 0;
            for (int i = 1; i <= hourly.size(); i++) {
                otherSum += spread.getRow(i).getCell(other).getNumericCellValue();
            }
            assertThat(otherSum).isEqualTo(restSum);
        }
    }

    private static String channelOf(String label) {
        return switch (label) {
            case "Douyin" -> "douyin";
            case "Facebook" -> "facebook";
            case "Forums" -> "forum";
            case "Kuaishou" -> "kuaishou";
            case "Online news" -> "news";
            case "Twitter/X" -> "twitter";
            case "WeChat" -> "wechat";
            case "Weibo" -> "weibo";
            default -> throw new AssertionError("unexpected channel column " + label);
        };
    }

    @Test
    void summaryHoldsTheIncidentsFiguresAsTypedCells() throws IOException {
        JsonNode spread = DOCUMENT.get("spread");
        try (XSSFWorkbook workbook = workbook()) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(rowLabelled(summary, 0, "Incident").getCell(1).getStringCellValue())
                    .isEqualTo("INC-T-001");
            assertThat(rowLabelled(summary, 0, "Severity").getCell(1).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/severity/severity").asDouble());
            assertThat(rowLabelled(summary, 0, "Severity rank").getCell(1).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/severity/rank").asLong());
            assertThat(rowLabelled(summary, 0, "Posts").getCell(1).getNumericCellValue())
                    .isEqualTo(spread.get("total_posts").asLong());
            assertThat(rowLabelled(summary, 0, "Reach").getCell(1).getNumericCellValue())
                    .isEqualTo(spread.get("reach_followers").asLong());
            assertDateTime(rowLabelled(summary, 0, "First mention").getCell(1),
                    spread.get("first_mention").asText());
            assertDateTime(rowLabelled(summary, 0, "Peak hour").getCell(1),
                    spread.get("peak_hour").asText());
            assertThat(rowLabelled(summary, 0, "Time to peak").getCell(1).getNumericCellValue())
                    .isEqualTo(spread.get("time_to_peak_hours").asDouble());
            Cell negative = rowLabelled(summary, 0, "Negative share").getCell(1);
            assertThat(negative.getNumericCellValue()).isEqualTo(spread.get("negative_share").asDouble());
            assertThat(negative.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowLabelled(summary, 0, "Negative share").getCell(2).getStringCellValue())
                    .isEqualTo("scored by: archive 1190, model 437, lexicon 48; not scored 7");
            assertThat(rowLabelled(summary, 0, "First statement, hours from first mention")
                    .getCell(1).getNumericCellValue()).isEqualTo(2.31);
            assertThat(rowLabelled(summary, 0, "First statement target").getCell(1)
                    .getNumericCellValue()).isEqualTo(4.0);
            Cell status = rowLabelled(summary, 0, "First statement vs target").getCell(1);
            assertThat(status.getStringCellValue()).isEqualTo("met");
            assertThat(status.getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(rowLabelled(summary, 0, "Complaints").getCell(1).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/complaint_media_peaks/complaints").asLong());
        }
    }

    @Test
    void responseMarksEachMilestoneMetOrMissedInColour() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            Sheet response = workbook.getSheet("Response");
            assertThat(response.getLastRowNum()).isGreaterThanOrEqualTo(10);
            Map<String, Cell> statusByMilestone = new HashMap<>();
            for (int i = 1; i <= 10; i++) {
                Row row = response.getRow(i);
                assertThat(row.getCell(0).getNumericCellValue()).as("ordered by step").isEqualTo(i);
                statusByMilestone.put(row.getCell(1).getStringCellValue(), row.getCell(5));
            }
            assertThat(statusByMilestone.get("First statement").getStringCellValue()).isEqualTo("met");
            Cell late = statusByMilestone.get("Regulator informed");
            assertThat(late.getStringCellValue()).isEqualTo("missed (late)");
            assertThat(late.getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            Cell missing = statusByMilestone.get("Closed");
            assertThat(missing.getStringCellValue()).isEqualTo("missed (not done)");
            assertThat(missing.getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(statusByMilestone.get("Verified").getStringCellValue()).isEqualTo("no target");
            Row effectRow = rowLabelled(response, 10, "Negative share change");
            assertThat(effectRow.getCell(11).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/response_effect/negative_share_change").asDouble());
            Row rule = rowLabelled(response, 13, "60%+ negative (20+ posts)");
            assertThat(rule.getCell(17).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/early_warning/0/lead_hours").asDouble());
        }
    }

    @Test
    void complaintSheetsHaveOneRowPerSlaGroupAndDay() throws IOException {
        JsonNode sla = DOCUMENT.get("complaint_sla");
        JsonNode backlog = DOCUMENT.get("complaint_backlog");
        try (XSSFWorkbook workbook = workbook()) {
            Sheet complaints = workbook.getSheet("Complaints");
            int slaRows = 0;
            for (Row row : complaints) {
                if (row.getRowNum() > 0 && row.getCell(3) != null) {
                    JsonNode expected = sla.get(slaRows++);
                    assertThat(row.getCell(5).getNumericCellValue())
                            .isEqualTo(expected.get("complaints").asLong());
                    assertThat(row.getCell(8).getNumericCellValue())
                            .isEqualTo(expected.get("first_contact_p50_hours").asDouble());
                    assertThat(row.getCell(11).getNumericCellValue())
                            .isEqualTo(expected.get("first_contact_within_target_share").asDouble());
                    assertThat(row.getCell(15).getNumericCellValue())
                            .isEqualTo(expected.get("resolution_p90_days").asDouble());
                }
            }
            assertThat(slaRows).isEqualTo(sla.size());
            assertThat(rowLabelled(complaints, 0, "Complaint peak lag (hours)").getCell(1)
                    .getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/complaint_media_peaks/peak_lag_hours").asDouble());

            Sheet days = workbook.getSheet("Complaint backlog");
            assertThat(days.getLastRowNum()).isEqualTo(backlog.size());
            for (int i = 0; i < backlog.size(); i++) {
                Cell day = days.getRow(i + 1).getCell(0);
                assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
                assertThat(day.getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(LocalDate.parse(backlog.get(i).get("day").asText()));
                assertThat(days.getRow(i + 1).getCell(3).getNumericCellValue())
                        .isEqualTo(backlog.get(i).get("open_at_end_of_day").asLong());
            }
            assertThat(workbook.getSheet("Complaints vs posts").getLastRowNum())
                    .isEqualTo(DOCUMENT.get("complaints_vs_media").size());
        }
    }

    @Test
    void lessonsListTheReviewAndMarkOverdueActions() throws IOException {
        JsonNode review = DOCUMENT.get("review");
        try (XSSFWorkbook workbook = workbook()) {
            Sheet lessons = workbook.getSheet("Lessons learned");
            assertThat(rowLabelled(lessons, 0, "Root cause").getCell(1).getStringCellValue())
                    .isEqualTo(review.get("root_cause").asText());
            int wentWell = 0;
            for (Row row : lessons) {
                Cell section = row.getCell(0);
                if (section != null && "Went well".equals(section.getStringCellValue())) {
                    assertThat(row.getCell(1).getStringCellValue())
                            .isEqualTo(review.get("went_well").get(wentWell++).asText());
                }
            }
            assertThat(wentWell).isEqualTo(review.get("went_well").size());
            Row overdue = rowLabelled(lessons, 3, "将本次声明模板纳入舆情应急预案");
            assertThat(overdue.getCell(8).getStringCellValue()).isEqualTo("yes");
            assertThat(overdue.getCell(9).getNumericCellValue()).isEqualTo(560);
            Row done = rowLabelled(lessons, 3, "重要系统变更实行灰度发布与回退演练");
            assertThat(done.getCell(6).getStringCellValue()).isEqualTo("done");
            assertThat(done.getCell(7).getStringCellValue()).isEqualTo("no");
        }
    }

    @Test
    void coverageListsTheDocumentsItemsAndOutlets() throws IOException {
        JsonNode items = DOCUMENT.get("coverage_items");
        JsonNode outlets = DOCUMENT.get("coverage_outlets");
        try (XSSFWorkbook workbook = workbook()) {
            Sheet coverage = workbook.getSheet("Coverage");
            assertThat(coverage.getLastRowNum()).isEqualTo(Math.max(items.size(), outlets.size()));
            // most reposted first
            JsonNode top = null;
            for (JsonNode item : items) {
                if (item.get("rank_reposts").asInt() == 1) {
                    top = item;
                }
            }
            Row first = coverage.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo(top.get("headline").asText());
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(top.get("reposts").asDouble());
            // outlets in order of first coverage, with tone
            assertThat(first.getCell(10).getStringCellValue())
                    .isEqualTo(outlets.get(0).get("outlet").asText());
            assertThat(first.getCell(18).getStringCellValue())
                    .isEqualTo(outlets.get(0).get("tone").asText());
            assertThat(coverage.getRow(outlets.size()).getCell(10).getStringCellValue())
                    .isEqualTo(outlets.get(outlets.size() - 1).get("outlet").asText());
        }
    }

    /** More outlets than a streamed sheet keeps in memory (found at 1M posts: 1,545 outlets). */
    @Test
    void coverageWithMoreOutletsThanTheStreamingWindowHoldsBothTables() throws IOException {
        int many = 3 * WorkbookFiles.ROWS_IN_MEMORY;
        byte[] crowded = Fixtures.incidentWith(tree -> {
            var outlets = tree.putArray("coverage_outlets");
            for (int i = 0; i < many; i++) {
                outlets.add(((com.fasterxml.jackson.databind.node.ObjectNode) DOCUMENT
                        .get("coverage_outlets").get(0).deepCopy()).put("outlet", "outlet " + i));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN).incident(IncidentMetrics.read("metrics/c.json", crowded), out);

        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            Sheet coverage = workbook.getSheet("Coverage");
            assertThat(coverage.getLastRowNum()).isEqualTo(many);
            assertThat(coverage.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(coverage.getRow(0).getCell(10).getStringCellValue()).isNotBlank();
            assertThat(coverage.getRow(1).getCell(5).getStringCellValue()).isNotBlank();
            assertThat(coverage.getRow(many).getCell(10).getStringCellValue())
                    .isEqualTo("outlet " + (many - 1));
        }
    }

    @Test
    void everySheetHasABoldFrozenHeaderAndAFilter() throws IOException {
        try (XSSFWorkbook workbook = workbook()) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("Brief")) {
                    continue; // a page, not a table
                }
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                        .as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(
                        sheet.getRow(0).getFirstCellNum()).getCellStyle().getFontIndex()).getBold())
                        .as(sheet.getSheetName()).isTrue();
                assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter())
                        .as(sheet.getSheetName()).isTrue();
            }
        }
    }

    @Test
    void chartsArePngsOfTheDrawnSizeAndEmbeddedInTheirSheets() throws IOException {
        assertThat(charts).extracting(ChartImage::name).containsExactly("hourly-volume",
                "negative-share", "complaints-vs-posts", "response-milestones");
        for (ChartImage chart : charts) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            assertThat(image.getWidth()).isEqualTo(960);
            assertThat(image.getHeight()).isEqualTo(480);
        }
        try (XSSFWorkbook workbook = workbook()) {
            // the brief shows the spread with the statement marked; the other sheets have native
            // charts, and the negative share (which needs the minimum of posts) its picture
            assertThat(pictures(workbook, "Brief")).containsExactly(charts.get(0).png());
            assertThat(pictures(workbook, "Spread")).containsExactly(charts.get(1).png());
            assertThat(pictures(workbook, "Complaints vs posts")).isEmpty();
            assertThat(pictures(workbook, "Response")).isEmpty();
        }
    }

    static List<byte[]> pictures(XSSFWorkbook workbook, String sheet) {
        XSSFDrawing drawing = workbook.getSheet(sheet).getDrawingPatriarch();
        List<byte[]> pictures = new ArrayList<>();
        drawing.getShapes().forEach(shape -> {
            if (shape instanceof XSSFPicture picture) {
                pictures.add(picture.getPictureData().getData());
            }
        });
        return pictures;
    }

    @Test
    void rewritingGivesTheSameCellsAndProperties() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new ReportWriter(Language.EN).incident(Fixtures.incident(), again);

        assertThat(WorkbookCells.contents(again.toByteArray()))
                .isEqualTo(WorkbookCells.contents(english));
        try (XSSFWorkbook workbook = workbook()) {
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(OffsetDateTime.parse(DOCUMENT.at("/incident/opened_at").asText())
                            .toInstant());
        }
    }

    @Test
    void aMissingKeyFailsNamingTheFileAndKey() {
        byte[] broken = Fixtures.incidentWith(tree -> tree.remove("complaint_backlog"));

        assertThatThrownBy(() -> IncidentMetrics.read("metrics/INC-T-001.json", broken))
                .isInstanceOf(MetricsDocumentException.class)
                .hasMessage("metrics/INC-T-001.json: key \"complaint_backlog\" is missing");
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingItsPath() {
        byte[] broken = Fixtures.incidentWith(tree -> ((ObjectNode) tree.get("hourly").get(2))
                .put("posts", "many"));
        IncidentMetrics metrics = IncidentMetrics.read("metrics/INC-T-001.json", broken);

        assertThatThrownBy(() -> new ReportWriter(Language.EN).incident(metrics,
                new ByteArrayOutputStream()))
                .isInstanceOf(MetricsDocumentException.class)
                .hasMessage("metrics/INC-T-001.json: key \"hourly[2].posts\" is \"many\","
                        + " expected a whole number");
    }

    @Test
    void anIncidentWithoutPostsOrReviewStillGetsAWorkbook() throws IOException {
        byte[] quiet = Fixtures.incidentWith(tree -> {
            for (String key : List.of("spread", "cascades", "response_effect",
                    "complaint_media_peaks", "severity", "review")) {
                tree.putNull(key);
            }
            for (String key : List.of("hourly", "hourly_by_channel", "key_spreaders",
                    "complaints_vs_media")) {
                tree.putNull(key);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN).incident(IncidentMetrics.read("metrics/q.json", quiet), out);

        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            assertThat(workbook.getSheet("Spread").getLastRowNum()).isZero();
            assertThat(rowLabelled(workbook.getSheet("Summary"), 0, "Posts").getCell(1)).isNull();
            assertThat(workbook.getSheet("Lessons learned").getRow(1).getCell(0)
                    .getStringCellValue()).isEqualTo("No review recorded");
        }
    }

    private static void assertDateTime(Cell cell, String isoWithOffset) {
        assertThat(DateUtil.isCellDateFormatted(cell)).as("date format").isTrue();
        assertThat(cell.getLocalDateTimeCellValue())
                .isEqualTo(OffsetDateTime.parse(isoWithOffset).toLocalDateTime());
    }
}
