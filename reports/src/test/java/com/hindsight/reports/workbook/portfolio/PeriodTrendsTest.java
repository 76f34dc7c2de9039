package com.hindsight.reports.workbook.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Language;
import com.hindsight.reports.ReportPeriod;
import com.hindsight.reports.ReportWriter;
import com.hindsight.reports.WorkbookCells;
import com.hindsight.reports.charts.ChartFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The portfolio's trends grouped by month or quarter, read back from the workbook. */
class PeriodTrendsTest {
    private static final JsonNode DOCUMENT = Fixtures.tree(Fixtures.PORTFOLIO);

    private static XSSFWorkbook written(ReportPeriod period) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN, ChartFont.installed(), null, period)
                .portfolio(Fixtures.portfolio(), out);
        return WorkbookCells.open(out.toByteArray());
    }

    @Test
    void groupsByQuarterEveryQuarterFromTheFirstToTheLastOpening() throws IOException {
        try (XSSFWorkbook workbook = written(ReportPeriod.QUARTER)) {
            Sheet sheet = workbook.getSheet("Trends by period");
            // the fixture's trends open from 2024-02 to 2024-11: 2024-Q1 .. 2024-Q4
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Quarter");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024-Q1");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2024-Q3");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(3).getCell(2)).as("no median without incidents").isNull();
            double incidents = 0;
            for (int r = 1; r <= 4; r++) {
                incidents += sheet.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(incidents).isEqualTo(DOCUMENT.get("response_trends").size());
            // 2024-Q1 holds INC-2024-001 alone: its hours and its complaints
            JsonNode first = incident("INC-2024-001");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue())
                    .isEqualTo(first.get("first_statement_hours").asDouble());
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(complaints("INC-2024-001"));
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).createDrawingPatriarch()
                    .getCharts()).hasSize(1);
        }
    }

    @Test
    void groupsByMonthByDefault() throws IOException {
        try (XSSFWorkbook workbook = written(ReportPeriod.MONTH)) {
            Sheet sheet = workbook.getSheet("Trends by period");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024-02");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("2024-11");
            assertThat(sheet.getLastRowNum()).isEqualTo(10);
        }
    }

    @Test
    void medianIsTheNearestRankTheSmallerOfTwoMiddles() {
        assertThat(PeriodTrendsSheet.median(java.util.List.of(5.0, 1.0))).isEqualTo(1.0);
        assertThat(PeriodTrendsSheet.median(java.util.List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(PeriodTrendsSheet.median(java.util.List.of())).isNull();
    }

    private static JsonNode incident(String id) {
        for (JsonNode row : DOCUMENT.get("response_trends")) {
            if (row.get("incident_id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError(id);
    }

    private static double complaints(String id) {
        for (JsonNode row : DOCUMENT.get("severity_ranking")) {
            if (row.get("incident_id").asText().equals(id)) {
                return row.get("complaints").asDouble();
            }
        }
        throw new AssertionError(id);
    }
}
