package com.hindsight.reports.workbook;

import static com.hindsight.reports.WorkbookCells.rowLabelled;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Language;
import com.hindsight.reports.ReportWriter;
import com.hindsight.reports.WorkbookCells;
import com.hindsight.reports.charts.ChartImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioWorkbookTest {
    private static final JsonNode DOCUMENT = Fixtures.tree(Fixtures.PORTFOLIO);
    private static byte[] english;
    private static List<ChartImage> charts;

    @BeforeAll
    static void writeOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        charts = new ReportWriter(Language.EN).portfolio(Fixtures.portfolio(), out);
        english = out.toByteArray();
    }

    @Test
    void hasOneSheetPerPortfolioTable() throws IOException {
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Cover", "Severity ranking", "Response trends",
                    "Trends by period",
                    "Recurring root causes", "Open review actions", "Complaints by category",
                    "Complaint SLA", "Drills vs real");
            assertThat(workbook.getSheet("Open review actions").getLastRowNum())
                    .isEqualTo(DOCUMENT.get("open_review_actions").size());
            assertThat(workbook.getSheet("Complaint SLA").getLastRowNum())
                    .isEqualTo(DOCUMENT.get("complaint_sla").size());
            assertThat(workbook.getSheet("Complaints by category").getLastRowNum())
                    .isEqualTo(DOCUMENT.get("complaints_by_category").size());
        }
    }

    @Test
    void severityRankingFollowsTheDocument() throws IOException {
        JsonNode ranking = DOCUMENT.get("severity_ranking");
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            Sheet sheet = workbook.getSheet("Severity ranking");
            assertThat(sheet.getLastRowNum()).isEqualTo(ranking.size());
            for (int i = 0; i < ranking.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue())
                        .isEqualTo(ranking.get(i).get("rank").asLong());
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(ranking.get(i).get("incident_id").asText());
                assertThat(row.getCell(8).getNumericCellValue())
                        .isEqualTo(ranking.get(i).get("severity").asDouble());
                assertThat(row.getCell(11).getNumericCellValue())
                        .isEqualTo(ranking.get(i).get("negative_share").asDouble());
            }
        }
    }

    @Test
    void responseTrendsMarkTheFirstStatementAgainstTheFourHourTarget() throws IOException {
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            Sheet sheet = workbook.getSheet("Response trends");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("Hours to First statement");
            for (JsonNode trend : DOCUMENT.get("response_trends")) {
                Row row = rowLabelled(sheet, 0, trend.get("incident_id").asText());
                double hours = trend.get("first_statement_hours").asDouble();
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(hours);
                var status = row.getCell(14);
                assertThat(status.getStringCellValue())
                        .isEqualTo(hours <= 4 ? "met" : "missed (late)");
                assertThat(status.getCellStyle().getFillForegroundColor()).isEqualTo(hours <= 4
                        ? IndexedColors.LIGHT_GREEN.getIndex() : IndexedColors.ROSE.getIndex());
            }
        }
    }

    @Test
    void chartsAreEmbeddedBesideTheirTables() throws IOException {
        assertThat(charts).extracting(ChartImage::name)
                .containsExactly("severity-ranking", "first-statement-hours");
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            assertThat(((XSSFPicture) workbook.getSheet("Severity ranking").getDrawingPatriarch()
                    .getShapes().get(0)).getPictureData().getData()).isEqualTo(charts.get(0).png());
            assertThat(((XSSFPicture) workbook.getSheet("Response trends").getDrawingPatriarch()
                    .getShapes().get(0)).getPictureData().getData()).isEqualTo(charts.get(1).png());
        }
    }

    @Test
    void chinesePortfolioHasChineseSheetNames() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.ZH).portfolio(Fixtures.portfolio(), out);
        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("封面");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("严重度排名");
            assertThat(workbook.getSheet("反复出现的根因").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(DOCUMENT.at("/recurring_root_causes/0/root_cause").asText());
        }
    }
}
